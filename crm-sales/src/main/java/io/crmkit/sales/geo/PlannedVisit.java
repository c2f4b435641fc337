package io.crmkit.sales.geo;

import io.crmkit.core.ValidationException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One visit of a {@link RoutePlan}: its place in the day (1 for the first), the stop, the leg driven to it, when
 * the salesperson arrives, waits, starts, and leaves, and how the time window fared.
 * {@code arrival + waiting = start} and {@code start + stop.visit() = departure} always hold.
 */
public record PlannedVisit(
    int sequence,
    Stop stop,
    double legKm,
    Duration travel,
    LocalDateTime arrival,
    Duration waiting,
    LocalDateTime start,
    LocalDateTime departure,
    WindowStatus window,
    Duration lateness) {

  /** How a visit fared against its stop's time window. */
  public enum WindowStatus {
    /** The stop has no window. */
    NONE,
    /** Arrived within the window and started at once. */
    KEPT,
    /** Arrived before the window opened and waited for it. */
    WAITED,
    /** Started after the window closed; {@link #lateness()} says by how much. */
    MISSED
  }

  public PlannedVisit {
    Objects.requireNonNull(stop, "stop");
    Objects.requireNonNull(travel, "travel");
    Objects.requireNonNull(arrival, "arrival");
    Objects.requireNonNull(waiting, "waiting");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(departure, "departure");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(lateness, "lateness");
    ValidationException.check(sequence >= 1, "sequence", "must be 1 or more but was " + sequence);
    ValidationException.check(legKm >= 0.0 && Double.isFinite(legKm), "legKm", "must be a finite distance >= 0");
    ValidationException.check(!travel.isNegative() && !waiting.isNegative() && !lateness.isNegative(),
        "travel", "travel, waiting and lateness must not be negative");
    ValidationException.check(arrival.plus(waiting).equals(start), "start", "must be the arrival plus the waiting");
    ValidationException.check(
        start.plus(stop.visit()).equals(departure), "departure", "must be the start plus the visit duration");
    ValidationException.check(
        (window == WindowStatus.MISSED) != lateness.isZero(),
        "lateness", "must be more than zero exactly when the window was missed");
  }

  /** Whether the visit starts after its window closed. */
  public boolean missedWindow() {
    return window == WindowStatus.MISSED;
  }
}
