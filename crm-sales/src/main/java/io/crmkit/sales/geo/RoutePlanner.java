package io.crmkit.sales.geo;

import io.crmkit.core.ValidationException;
import io.crmkit.sales.geo.internal.RouteCost;
import io.crmkit.sales.geo.internal.RouteModel;
import io.crmkit.sales.geo.internal.RouteSearch;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Plans one day's customer visits: a time-aware nearest-neighbour route, improved by 2-opt and Or-opt moves that
 * are taken only when they make the plan better in {@link RoutePlan#QUALITY} order (fewer missed windows, less
 * lateness, shorter distance, earlier finish). Arriving before a window opens means waiting; a window that no
 * order can keep is reported as an {@link InfeasibleStop} and the stop is still visited. Travel times are
 * great-circle distances at the request's speed. Stateless and thread-safe.
 *
 * <pre>{@code
 * RoutePlan plan = RoutePlanner.standard().plan(request);
 * System.out.print(plan.explanation());
 * }</pre>
 */
public final class RoutePlanner {
  private static final RoutePlanner STANDARD = new RoutePlanner();

  private RoutePlanner() {}

  /** The planner: nearest neighbour, then 2-opt and Or-opt to a local optimum. */
  public static RoutePlanner standard() {
    return STANDARD;
  }

  /** The best route the search finds; never worse than {@link #nearestNeighbour(RouteRequest)}. */
  public RoutePlan plan(RouteRequest request) {
    Objects.requireNonNull(request, "request");
    RouteModel model = model(request);
    RouteSearch.Result r = RouteSearch.plan(model);
    RouteCost built = r.constructedCost();
    return schedule(request, model, r.improved(), new RouteImprovement(built.distanceKm(),
        Duration.ofMillis(built.durationMillis()), built.missedWindows(), r.twoOptMoves(), r.orOptMoves(),
        r.exhaustive()));
  }

  /** The nearest-neighbour construction alone, without improvement (for comparison). */
  public RoutePlan nearestNeighbour(RouteRequest request) {
    Objects.requireNonNull(request, "request");
    RouteModel model = model(request);
    int[] order = RouteSearch.nearestNeighbour(model);
    RouteCost c = model.cost(order);
    return schedule(request, model, order,
        RouteImprovement.none(c.distanceKm(), Duration.ofMillis(c.durationMillis()), c.missedWindows()));
  }

  /**
   * The plan for visiting the stops in the caller's {@code order} (every stop name once), e.g. to explain a
   * hand-made route or compare it with {@link #plan}.
   *
   * @throws ValidationException when {@code order} does not name every stop exactly once
   */
  public RoutePlan evaluate(RouteRequest request, List<String> order) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(order, "order");
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < request.stops().size(); i++) {
      index.put(request.stops().get(i).name(), i);
    }
    ValidationException.check(order.size() == index.size(), "order",
        "must name each of the " + index.size() + " stops once but has " + order.size() + " names");
    int[] stops = new int[order.size()];
    boolean[] seen = new boolean[order.size()];
    for (int k = 0; k < order.size(); k++) {
      Integer i = index.get(order.get(k));
      ValidationException.check(i != null, "order", "names '" + order.get(k) + "', which is not a stop");
      ValidationException.check(!seen[i], "order", "names '" + order.get(k) + "' twice");
      seen[i] = true;
      stops[k] = i;
    }
    RouteModel model = model(request);
    RouteCost c = model.cost(stops);
    return schedule(request, model, stops,
        RouteImprovement.none(c.distanceKm(), Duration.ofMillis(c.durationMillis()), c.missedWindows()));
  }

  private static RouteModel model(RouteRequest request) {
    List<Stop> stops = request.stops();
    int n = stops.size();
    List<GeoPoint> nodes = new ArrayList<>(n + 2);
    nodes.add(request.start());
    stops.forEach(s -> nodes.add(s.location()));
    request.end().ifPresent(nodes::add);
    double[][] km = new double[nodes.size()][nodes.size()];
    for (int a = 0; a < nodes.size(); a++) {
      for (int b = a + 1; b < nodes.size(); b++) {
        km[a][b] = km[b][a] = nodes.get(a).distanceKm(nodes.get(b));
      }
    }
    long[] visit = new long[n];
    long[] earliest = new long[n];
    long[] latest = new long[n];
    for (int i = 0; i < n; i++) {
      Stop s = stops.get(i);
      visit[i] = s.visit().toMillis();
      earliest[i] = s.window().map(w -> millisSince(request.departure(), w.earliest())).orElse(Long.MIN_VALUE);
      latest[i] = s.window().map(w -> millisSince(request.departure(), w.latest())).orElse(Long.MAX_VALUE);
    }
    return new RouteModel(km, request.speedKmh(), visit, earliest, latest, request.end().isPresent());
  }

  private static long millisSince(LocalDateTime departure, LocalDateTime t) {
    return Duration.between(departure, t).toMillis();
  }

  private static RoutePlan schedule(RouteRequest request, RouteModel m, int[] order, RouteImprovement improvement) {
    LocalDateTime day = request.departure();
    List<PlannedVisit> visits = new ArrayList<>(order.length);
    long t = 0;
    long travel = 0;
    long waiting = 0;
    double km = 0;
    int at = 0;
    for (int k = 0; k < order.length; k++) {
      int stop = order[k];
      Stop s = request.stops().get(stop);
      long leg = m.travelMillis(at, stop + 1);
      long arrive = t + leg;
      long start = Math.max(arrive, m.earliestMillis(stop));
      long late = Math.max(0, start - m.latestMillis(stop));
      PlannedVisit.WindowStatus status = s.window().isEmpty() ? PlannedVisit.WindowStatus.NONE
          : late > 0 ? PlannedVisit.WindowStatus.MISSED
          : start > arrive ? PlannedVisit.WindowStatus.WAITED
          : PlannedVisit.WindowStatus.KEPT;
      visits.add(new PlannedVisit(k + 1, s, m.km(at, stop + 1), Duration.ofMillis(leg), day.plusNanos(arrive * 1_000_000),
          Duration.ofMillis(start - arrive), day.plusNanos(start * 1_000_000),
          day.plusNanos((start + m.visitMillis(stop)) * 1_000_000), status, Duration.ofMillis(late)));
      km += m.km(at, stop + 1);
      travel += leg;
      waiting += start - arrive;
      t = start + m.visitMillis(stop);
      at = stop + 1;
    }
    double returnKm = 0;
    if (m.hasEnd()) {
      returnKm = m.km(at, order.length + 1);
      km += returnKm;
      travel += m.travelMillis(at, order.length + 1);
      t += m.travelMillis(at, order.length + 1);
    }
    List<InfeasibleStop> infeasible = new ArrayList<>();
    for (int i = 0; i < request.stops().size(); i++) {
      if (m.unreachableInTime(i)) {
        Stop s = request.stops().get(i);
        TimeWindow w = s.window().orElseThrow();
        LocalDateTime direct = day.plusNanos(m.travelMillis(0, i + 1) * 1_000_000);
        infeasible.add(new InfeasibleStop(s.name(), String.format(java.util.Locale.ROOT,
            "the window closes at %s but even driving there first (%.1f km) arrives at %s", w.latest(),
            m.km(0, i + 1), direct)));
      }
    }
    return new RoutePlan(request, visits, returnKm, km, Duration.ofMillis(travel), Duration.ofMillis(waiting),
        day.plusNanos(t * 1_000_000), infeasible, improvement);
  }
}
