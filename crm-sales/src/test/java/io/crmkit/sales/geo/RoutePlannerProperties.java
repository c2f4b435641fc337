package io.crmkit.sales.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RoutePlannerProperties {
  static final LocalDateTime DAY = LocalDateTime.of(2026, 3, 2, 8, 0);
  /** The bound on the gap to the optimum without windows; see {@link #withinFewPercentOfTheOptimumOnSmallDays}. */
  static final double MAX_GAP = 0.10;

  final RoutePlanner planner = RoutePlanner.standard();

  @Property(tries = 200)
  void neverWorseThanNearestNeighbour(@ForAll("days") RouteRequest request) {
    RoutePlan plan = planner.plan(request);
    RoutePlan nn = planner.nearestNeighbour(request);
    assertThat(RoutePlan.QUALITY.compare(plan, nn)).isLessThanOrEqualTo(0);
    assertThat(plan.improvement().constructedKm()).isEqualTo(nn.distanceKm());
    // a longer route is only ever taken to miss fewer windows or be less late
    boolean keptMoreTime = plan.missedWindows().size() < nn.missedWindows().size()
        || plan.lateness().compareTo(nn.lateness()) < 0;
    if (!keptMoreTime) {
      assertThat(plan.savedKm()).isGreaterThanOrEqualTo(-1e-6);
    }
  }

  @Property(tries = 150)
  void withinFewPercentOfTheOptimumOnSmallDays(
      @ForAll("stopsWithoutWindows") List<Stop> stops, @ForAll boolean returnToStart) {
    RouteRequest request = RouteRequest.of(START, DAY, stops, 40.0);
    if (returnToStart) {
      request = request.withEnd(START);
    }
    double optimum = bruteForceKm(request);
    RoutePlan plan = planner.plan(request);
    assertThat(plan.distanceKm()).isGreaterThanOrEqualTo(optimum - 1e-9);
    assertThat(plan.distanceKm()).isLessThanOrEqualTo(optimum * (1 + MAX_GAP) + 1e-9);
  }

  @Property(tries = 150)
  void missesNoMoreWindowsThanTheBestOrderOnSmallDays(@ForAll("smallDaysWithWindows") RouteRequest request) {
    RoutePlan plan = planner.plan(request);
    RoutePlan best = plan;
    for (List<String> order : permutations(request.stops().stream().map(Stop::name).toList())) {
      RoutePlan p = planner.evaluate(request, order);
      if (RoutePlan.QUALITY.compare(p, best) < 0) {
        best = p;
      }
    }
    // days this small are searched exhaustively: no order is better than the plan
    assertThat(plan.improvement().exhaustive()).isTrue();
    assertThat(RoutePlan.QUALITY.compare(plan, best)).isLessThanOrEqualTo(0);
    assertThat(plan.missedWindows().size()).isLessThanOrEqualTo(best.missedWindows().size());
    // a stop no order can reach in time is missed by every order, the optimum's too
    assertThat(best.missedWindows().size()).isGreaterThanOrEqualTo(plan.infeasible().size());
  }

  @Property(tries = 200)
  void theScheduleAddsUp(@ForAll("days") RouteRequest request) {
    RoutePlan plan = planner.plan(request);
    assertThat(plan.order()).containsExactlyInAnyOrderElementsOf(request.stops().stream().map(Stop::name).toList());
    LocalDateTime t = request.departure();
    GeoPoint at = request.start();
    double km = 0;
    for (PlannedVisit v : plan.visits()) {
      assertThat(v.legKm()).isEqualTo(at.distanceKm(v.stop().location()));
      assertThat(v.arrival()).isEqualTo(t.plus(v.travel()));
      assertThat(v.start()).isAfterOrEqualTo(v.arrival());
      v.stop().window().ifPresent(w -> {
        assertThat(v.start()).isAfterOrEqualTo(w.earliest().isAfter(v.arrival()) ? w.earliest() : v.arrival());
        assertThat(v.missedWindow()).isEqualTo(v.start().isAfter(w.latest()));
        assertThat(v.waiting().isZero()).isEqualTo(!w.earliest().isAfter(v.arrival()));
      });
      km += v.legKm();
      t = v.departure();
      at = v.stop().location();
    }
    km += plan.returnKm();
    assertThat(plan.distanceKm()).isCloseTo(km, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(plan.finish()).isAfterOrEqualTo(t);
    assertThat(plan.duration()).isEqualTo(plan.travel().plus(plan.waiting()).plus(plan.visiting()));
    assertThat(plan.order()).allSatisfy(name -> assertThat(plan.explanation()).contains(name));
  }

  static final GeoPoint START = GeoPoint.of(48.137, 11.575);

  /** The shortest distance over every visiting order, by depth-first search pruned at the best so far. */
  static double bruteForceKm(RouteRequest request) {
    List<Stop> stops = request.stops();
    int n = stops.size();
    double[][] d = new double[n + 1][n + 2];
    for (int a = 0; a <= n; a++) {
      GeoPoint from = a == 0 ? request.start() : stops.get(a - 1).location();
      for (int b = 1; b <= n; b++) {
        d[a][b] = from.distanceKm(stops.get(b - 1).location());
      }
      d[a][n + 1] = request.end().map(from::distanceKm).orElse(0.0);
    }
    double[] best = {Double.MAX_VALUE};
    search(d, n, 0, new boolean[n + 1], 0, 0.0, best);
    return best[0];
  }

  private static void search(double[][] d, int n, int at, boolean[] used, int placed, double km, double[] best) {
    if (km >= best[0]) {
      return;
    }
    if (placed == n) {
      best[0] = Math.min(best[0], km + d[at][n + 1]);
      return;
    }
    for (int s = 1; s <= n; s++) {
      if (!used[s]) {
        used[s] = true;
        search(d, n, s, used, placed + 1, km + d[at][s], best);
        used[s] = false;
      }
    }
  }

  static <T> List<List<T>> permutations(List<T> items) {
    List<List<T>> out = new ArrayList<>();
    permute(new ArrayList<>(items), 0, out);
    return out;
  }

  private static <T> void permute(List<T> a, int k, List<List<T>> out) {
    if (k == a.size()) {
      out.add(List.copyOf(a));
      return;
    }
    for (int i = k; i < a.size(); i++) {
      java.util.Collections.swap(a, k, i);
      permute(a, k + 1, out);
      java.util.Collections.swap(a, k, i);
    }
  }

  static Arbitrary<GeoPoint> nearby() {
    return Combinators.combine(Arbitraries.doubles().between(47.8, 48.5), Arbitraries.doubles().between(11.0, 12.2))
        .as(GeoPoint::of);
  }

  static Arbitrary<Stop> stop(int index, boolean windows) {
    Arbitrary<Integer> minutes = Arbitraries.integers().between(0, 90);
    Arbitrary<Optional<TimeWindow>> window = windows
        ? Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(1, Arbitraries.just(Optional.<TimeWindow>empty())),
            net.jqwik.api.Tuple.of(2, Combinators.combine(
                    Arbitraries.integers().between(-60, 8 * 60), Arbitraries.integers().between(0, 180))
                .as((open, length) -> Optional.of(TimeWindow.of(DAY.plusMinutes(open), DAY.plusMinutes(open + length))))))
        : Arbitraries.just(Optional.<TimeWindow>empty());
    return Combinators.combine(nearby(), minutes, window)
        .as((p, m, w) -> new Stop("stop-" + index, p, Duration.ofMinutes(m), w));
  }

  static Arbitrary<List<Stop>> stops(int min, int max, boolean windows) {
    return Arbitraries.integers().between(min, max).flatMap(k -> {
      List<Arbitrary<Stop>> each = new ArrayList<>();
      for (int i = 0; i < k; i++) {
        each.add(stop(i, windows));
      }
      return Combinators.combine(each).as(List::copyOf);
    });
  }

  static Arbitrary<RouteRequest> requests(int min, int max, boolean windows) {
    return Combinators.combine(nearby(), nearby().optional(), stops(min, max, windows),
            Arbitraries.doubles().between(15, 90))
        .as((start, end, stops, speed) -> new RouteRequest(start, end, DAY, stops, speed));
  }

  @Provide
  Arbitrary<RouteRequest> days() {
    return Arbitraries.oneOf(requests(0, 12, false), requests(0, 25, true));
  }

  @Provide
  Arbitrary<List<Stop>> stopsWithoutWindows() {
    return stops(1, 8, false);
  }

  @Provide
  Arbitrary<RouteRequest> smallDaysWithWindows() {
    return requests(1, 6, true);
  }
}
