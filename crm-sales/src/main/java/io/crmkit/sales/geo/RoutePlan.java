package io.crmkit.sales.geo;

import io.crmkit.core.ValidationException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One day's visits in the planned order, explained: for every visit the leg driven, arrival, waiting, start and
 * departure and whether its window was kept; the drive back to the end point; totals; the windows missed and
 * the stops no order could reach in time; and what the improvement over nearest neighbour saved.
 * {@link #explanation()} says all of it in words.
 *
 * <p>{@code RoutePlan plan = RoutePlanner.standard().plan(request); plan.order(); plan.distanceKm();}
 */
public record RoutePlan(
    RouteRequest request,
    List<PlannedVisit> visits,
    double returnKm,
    double distanceKm,
    Duration travel,
    Duration waiting,
    LocalDateTime finish,
    List<InfeasibleStop> infeasible,
    RouteImprovement improvement) {

  /**
   * Better plans first: fewer missed windows, then less total lateness, then a shorter distance (within 1 mm),
   * then an earlier finish. The planner minimises in this order.
   */
  public static final Comparator<RoutePlan> QUALITY = Comparator.comparingInt((RoutePlan p) -> p.missedWindows().size())
      .thenComparing(RoutePlan::lateness)
      .thenComparing((a, b) -> Math.abs(a.distanceKm - b.distanceKm) <= 1e-6 ? 0 : Double.compare(a.distanceKm, b.distanceKm))
      .thenComparing(RoutePlan::finish);

  public RoutePlan {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(travel, "travel");
    Objects.requireNonNull(waiting, "waiting");
    Objects.requireNonNull(finish, "finish");
    Objects.requireNonNull(improvement, "improvement");
    visits = List.copyOf(visits);
    infeasible = List.copyOf(infeasible);
    ValidationException.check(
        visits.size() == request.stops().size(), "visits", "must visit each of the request's stops once");
    ValidationException.check(returnKm >= 0.0 && Double.isFinite(returnKm), "returnKm", "must be a finite distance >= 0");
    ValidationException.check(
        distanceKm >= 0.0 && Double.isFinite(distanceKm), "distanceKm", "must be a finite distance >= 0");
    ValidationException.check(!finish.isBefore(request.departure()), "finish", "must not be before the departure");
  }

  /** The stop names in visiting order. */
  public List<String> order() {
    return visits.stream().map(v -> v.stop().name()).toList();
  }

  /** From the departure to the finish (the arrival at the end point, or the last departure without one). */
  public Duration duration() {
    return Duration.between(request.departure(), finish);
  }

  /** The time spent with customers. */
  public Duration visiting() {
    return visits.stream().map(v -> v.stop().visit()).reduce(Duration.ZERO, Duration::plus);
  }

  /** The visits that started after their window closed, in visiting order. */
  public List<PlannedVisit> missedWindows() {
    return visits.stream().filter(PlannedVisit::missedWindow).toList();
  }

  /** The total time by which visits started after their windows closed. */
  public Duration lateness() {
    return visits.stream().map(PlannedVisit::lateness).reduce(Duration.ZERO, Duration::plus);
  }

  /** The kilometres the improvement saved over the nearest-neighbour route (negative never happens). */
  public double savedKm() {
    return improvement.constructedKm() - distanceKm;
  }

  /** The plan in words: one line per visit, then totals, windows, infeasible stops and the improvement. */
  public String explanation() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%d stop%s from %s at %s, %.0f km/h%s.%n", visits.size(),
        visits.size() == 1 ? "" : "s", request.start(), hhmm(request.departure()), request.speedKmh(),
        request.end().map(e -> ", ending at " + e).orElse(", ending at the last stop")));
    for (PlannedVisit v : visits) {
      out.append(String.format(Locale.ROOT, "%2d. %s: %.1f km, arrive %s", v.sequence(), v.stop().name(), v.legKm(),
          hhmm(v.arrival())));
      if (!v.waiting().isZero()) {
        out.append(", wait ").append(minutes(v.waiting()));
      }
      out.append(", visit ").append(hhmm(v.start())).append('–').append(hhmm(v.departure()));
      v.stop().window().ifPresent(w -> out.append(" (window ").append(hhmm(w.earliest())).append('–')
          .append(hhmm(w.latest())).append(v.missedWindow() ? " missed by " + minutes(v.lateness()) : " kept")
          .append(')'));
      out.append(System.lineSeparator());
    }
    if (request.end().isPresent()) {
      out.append(String.format(Locale.ROOT, "Back to the end point: %.1f km, arrive %s.%n", returnKm, hhmm(finish)));
    }
    out.append(String.format(Locale.ROOT, "Total: %.1f km, travel %s, waiting %s, visiting %s; finish %s (%s in all).%n",
        distanceKm, minutes(travel), minutes(waiting), minutes(visiting()), hhmm(finish), minutes(duration())));
    List<PlannedVisit> missed = missedWindows();
    out.append(missed.isEmpty() ? "No window missed." : "Windows missed: " + String.join(", ",
        missed.stream().map(v -> v.stop().name() + " (by " + minutes(v.lateness()) + ")").toList()) + ".");
    out.append(System.lineSeparator());
    for (InfeasibleStop s : infeasible) {
      out.append("Infeasible: ").append(s.name()).append(" — ").append(s.reason()).append(System.lineSeparator());
    }
    out.append(String.format(Locale.ROOT, "Nearest neighbour: %.1f km, %d window%s missed; %d 2-opt and %d Or-opt move%s saved %.1f km (%.1f%%).%n",
        improvement.constructedKm(), improvement.constructedMissedWindows(),
        improvement.constructedMissedWindows() == 1 ? "" : "s", improvement.twoOptMoves(), improvement.orOptMoves(),
        improvement.orOptMoves() == 1 ? "" : "s", savedKm(),
        improvement.constructedKm() > 0 ? 100.0 * savedKm() / improvement.constructedKm() : 0.0));
    if (improvement.exhaustive()) {
      out.append(String.format(Locale.ROOT, "Every order of the %d stops was tried: no order does better.%n", visits.size()));
    }
    return out.toString();
  }

  private static String hhmm(LocalDateTime t) {
    return String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
  }

  /** A duration as {@code h:mm}, rounded to the minute. */
  static String minutes(Duration d) {
    long m = (d.toSeconds() + 30) / 60;
    return String.format(Locale.ROOT, "%d:%02d", m / 60, m % 60);
  }
}
