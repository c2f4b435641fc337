package io.crmkit.sales.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.ValidationException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutePlannerTest {
  static final LocalDateTime DAY = LocalDateTime.of(2026, 3, 2, 8, 0);
  static final GeoPoint OFFICE = GeoPoint.of(0, 0);
  final RoutePlanner planner = RoutePlanner.standard();

  static Stop at(String name, double lon, int minutes) {
    return Stop.of(name, GeoPoint.of(0, lon), Duration.ofMinutes(minutes));
  }

  static Duration drive(GeoPoint a, GeoPoint b, double speedKmh) {
    return Duration.ofMillis(Math.round(a.distanceKm(b) / speedKmh * 3_600_000.0));
  }

  @Test
  void visitsStopsOnALineInOrderAndComesBack() {
    // given out of order; the day ends at the far end of the line, so A, B, C is the one shortest order
    GeoPoint home = GeoPoint.of(0, 0.4);
    RouteRequest request = RouteRequest.of(OFFICE, DAY, List.of(at("C", 0.3, 30), at("A", 0.1, 30), at("B", 0.2, 30)), 50)
        .withEnd(home);
    RoutePlan plan = planner.plan(request);
    assertThat(plan.order()).containsExactly("A", "B", "C");
    double leg = OFFICE.distanceKm(GeoPoint.of(0, 0.1));
    assertThat(plan.distanceKm()).isCloseTo(OFFICE.distanceKm(home), within(1e-6));
    assertThat(plan.returnKm()).isCloseTo(leg, within(1e-6));
    PlannedVisit first = plan.visits().get(0);
    assertThat(first.arrival()).isEqualTo(DAY.plus(drive(OFFICE, GeoPoint.of(0, 0.1), 50)));
    assertThat(first.window()).isEqualTo(PlannedVisit.WindowStatus.NONE);
    assertThat(plan.visiting()).isEqualTo(Duration.ofMinutes(90));
    assertThat(plan.duration()).isEqualTo(plan.travel().plus(Duration.ofMinutes(90)));
    assertThat(plan.missedWindows()).isEmpty();
    assertThat(plan.explanation()).contains(" 1. A:", " 2. B:", " 3. C:", "Back to the end point", "No window missed.");
  }

  @Test
  void waitsForAWindowReportsAnUnreachableOneAndExplainsBoth() {
    // "Early" is 11 km away, open 10:00-11:00; "Late" is 111 km away at 60 km/h and closes at 08:30, so no order
    // keeps it; going there first would also miss "Early" (back at 11:51), so the plan visits "Early" first
    Stop early = at("Early", 0.1, 20).withWindow(TimeWindow.of(DAY.withHour(10), DAY.withHour(11)));
    Stop late = at("Late", 1.0, 20).withWindow(TimeWindow.of(DAY, DAY.plusMinutes(30)));
    RouteRequest request = RouteRequest.of(OFFICE, DAY, List.of(early, late), 60);
    RoutePlan plan = planner.plan(request);

    assertThat(plan.infeasible()).extracting(InfeasibleStop::name).containsExactly("Late");
    assertThat(plan.infeasible().get(0).reason()).contains("closes at 2026-03-02T08:30");
    assertThat(plan.missedWindows()).extracting(v -> v.stop().name()).containsExactly("Late");
    assertThat(plan.order()).containsExactly("Early", "Late");
    assertThat(planner.evaluate(request, List.of("Late", "Early")).missedWindows()).hasSize(2);
    PlannedVisit waited = plan.visits().get(0);
    assertThat(waited.window()).isEqualTo(PlannedVisit.WindowStatus.WAITED);
    assertThat(waited.start()).isEqualTo(DAY.withHour(10));
    PlannedVisit missed = plan.visits().get(1);
    assertThat(missed.lateness()).isEqualTo(Duration.between(DAY.plusMinutes(30), missed.start()));
    assertThat(plan.explanation()).contains("Windows missed: Late", "Infeasible: Late");
  }

  @Test
  void arrivingEarlyWaitsForTheWindow() {
    Stop early = at("Early", 0.1, 20).withWindow(TimeWindow.of(DAY.withHour(10), DAY.withHour(11)));
    RoutePlan plan = planner.plan(RouteRequest.of(OFFICE, DAY, List.of(early), 60));
    PlannedVisit v = plan.visits().get(0);
    assertThat(v.window()).isEqualTo(PlannedVisit.WindowStatus.WAITED);
    assertThat(v.start()).isEqualTo(DAY.withHour(10));
    assertThat(v.waiting()).isEqualTo(Duration.between(v.arrival(), DAY.withHour(10)));
    assertThat(plan.waiting()).isEqualTo(v.waiting());
    assertThat(plan.finish()).isEqualTo(DAY.withHour(10).plusMinutes(20));
    assertThat(plan.explanation()).contains("wait", "kept");
  }

  @Test
  void improvesOnNearestNeighbourAndSaysHowMuch() {
    // a zig-zag where going to the nearest stop first strands the far one: 2-opt or Or-opt fixes it
    List<Stop> stops = List.of(at("a", 0.10, 10), at("b", -0.11, 10), at("c", 0.32, 10), at("d", -0.35, 10),
        at("e", 0.60, 10));
    RouteRequest request = RouteRequest.of(OFFICE, DAY, stops, 40).withEnd(OFFICE);
    RoutePlan nn = planner.nearestNeighbour(request);
    RoutePlan plan = planner.plan(request);
    assertThat(plan.distanceKm()).isLessThan(nn.distanceKm());
    assertThat(plan.improvement().constructedKm()).isEqualTo(nn.distanceKm());
    assertThat(plan.improvement().moves()).isPositive();
    assertThat(plan.savedKm()).isCloseTo(nn.distanceKm() - plan.distanceKm(), within(1e-9));
    assertThat(plan.explanation()).contains("Nearest neighbour: ", "saved");
  }

  @Test
  void evaluatesAHandMadeOrderAndRefusesABadOne() {
    RouteRequest request = RouteRequest.of(OFFICE, DAY, List.of(at("A", 0.1, 5), at("B", 0.2, 5)), 50);
    RoutePlan mine = planner.evaluate(request, List.of("B", "A"));
    assertThat(mine.order()).containsExactly("B", "A");
    assertThat(RoutePlan.QUALITY.compare(planner.plan(request), mine)).isNegative();
    assertThatThrownBy(() -> planner.evaluate(request, List.of("A", "A"))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("'A' twice");
    assertThatThrownBy(() -> planner.evaluate(request, List.of("A", "X"))).hasMessageContaining("'X', which is not a stop");
    assertThatThrownBy(() -> planner.evaluate(request, List.of("A"))).hasMessageContaining("each of the 2 stops");
  }

  @Test
  void anEmptyDayIsAPlanToo() {
    RoutePlan plan = planner.plan(RouteRequest.of(OFFICE, DAY, List.of(), 50).withEnd(GeoPoint.of(0, 0.1)));
    assertThat(plan.visits()).isEmpty();
    assertThat(plan.distanceKm()).isEqualTo(plan.returnKm()).isPositive();
  }

  @Test
  void requestsAreValidated() {
    assertThatThrownBy(() -> RouteRequest.of(OFFICE, DAY, List.of(at("A", 0.1, 5), at("A", 0.2, 5)), 50))
        .isInstanceOf(ValidationException.class).hasMessageContaining("two stops named 'A'");
    assertThatThrownBy(() -> RouteRequest.of(OFFICE, DAY, List.of(), 0)).hasMessageContaining("speedKmh");
    assertThatThrownBy(() -> TimeWindow.of(DAY.plusHours(1), DAY)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("must not be before earliest");
    assertThatThrownBy(() -> Stop.of(" ", OFFICE, Duration.ZERO)).hasMessageContaining("stop.name");
    assertThatThrownBy(() -> Stop.of("x", OFFICE, Duration.ofMinutes(-1))).hasMessageContaining("negative");
    assertThatThrownBy(() -> RouteRequest.of(OFFICE, null, List.of(), 10)).isInstanceOf(NullPointerException.class)
        .hasMessage("departure");
  }
}
