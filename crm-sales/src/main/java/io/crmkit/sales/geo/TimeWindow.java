package io.crmkit.sales.geo;

import io.crmkit.core.ValidationException;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * When a customer can be visited: the visit must start no earlier than {@code earliest} and no later than
 * {@code latest} (both inclusive, in the salesperson's local time). Arriving early means waiting; starting later
 * misses the window. {@code TimeWindow.of(day.atTime(9, 0), day.atTime(11, 0))}.
 */
public record TimeWindow(LocalDateTime earliest, LocalDateTime latest) {
  public TimeWindow {
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(latest, "latest");
    ValidationException.check(
        !latest.isBefore(earliest), "window", "latest (" + latest + ") must not be before earliest (" + earliest + ")");
  }

  public static TimeWindow of(LocalDateTime earliest, LocalDateTime latest) {
    return new TimeWindow(earliest, latest);
  }

  /** Whether a visit starting at {@code start} keeps this window. */
  public boolean admits(LocalDateTime start) {
    return !start.isBefore(earliest) && !start.isAfter(latest);
  }

  @Override
  public String toString() {
    return earliest + "–" + latest;
  }
}
