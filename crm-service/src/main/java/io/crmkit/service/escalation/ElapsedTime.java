package io.crmkit.service.escalation;

import io.crmkit.service.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How much time counts between two instants: {@link #wall()} counts all of it; {@link #business(BusinessCalendar)}
 * counts only a business calendar's open hours (each calendar version for its own range). Any other measure is a
 * lambda. {@code EscalationRules.builder(tenant).businessTime(ElapsedTime.business(office))}
 */
@FunctionalInterface
public interface ElapsedTime {
  /** The time that counts from {@code from} to {@code to}; zero or more, and zero when {@code to} is not after {@code from}. */
  Duration between(Instant from, Instant to);

  /** Wall-clock time. */
  static ElapsedTime wall() {
    return (from, to) -> to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
  }

  /**
   * The open hours of {@code calendar} between the two instants ({@link BusinessCalendar#diff}), zero when
   * {@code to} is not after {@code from}: a case opened on Friday at 16:00 in a 09:00–17:00 weekday office is one
   * business hour old on Monday at 09:00.
   */
  static ElapsedTime business(BusinessCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    return (from, to) -> to.isAfter(from) ? calendar.diff(from, to) : Duration.ZERO;
  }
}
