package io.crmkit.sales.geo;

import io.crmkit.core.ValidationException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One customer visit to plan: a name unique within the day (the account name, a record reference, ...), where
 * it is, how long the visit takes, and optionally when it must start, e.g.
 * {@code Stop.of("ACME", GeoPoint.of(48.14, 11.58), Duration.ofMinutes(45)).withWindow(window)}.
 */
public record Stop(String name, GeoPoint location, Duration visit, Optional<TimeWindow> window) {
  public Stop {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(visit, "visit");
    Objects.requireNonNull(window, "window");
    name = name.strip();
    ValidationException.check(!name.isEmpty(), "stop.name", "must not be blank");
    ValidationException.check(name.length() <= 200, "stop.name", "must have at most 200 characters");
    ValidationException.check(
        !visit.isNegative(), "stop.visit", "must not be negative but was " + visit + " for '" + name + "'");
    ValidationException.check(
        visit.compareTo(Duration.ofDays(1)) <= 0, "stop.visit", "must be at most one day but was " + visit);
  }

  /** A stop without a time window. */
  public static Stop of(String name, GeoPoint location, Duration visit) {
    return new Stop(name, location, visit, Optional.empty());
  }

  public Stop withWindow(TimeWindow value) {
    return new Stop(name, location, visit, Optional.of(value));
  }

  public Stop withoutWindow() {
    return new Stop(name, location, visit, Optional.empty());
  }
}
