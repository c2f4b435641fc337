package io.crmkit.sales.cadence;

import io.crmkit.core.ValidationException;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * How long after the previous step (or the enrolment) a {@link CadenceStep} is due: calendar days, or business
 * days (Monday to Friday) in the owner's zone. Either way the local time of day is kept across daylight-saving
 * changes, e.g. {@code StepDelay.businessDays(2)}.
 */
public record StepDelay(int amount, Unit unit) {
  /** The unit of a delay. */
  public enum Unit {
    DAYS,
    /** Monday to Friday; a zero delay that starts on a weekend moves to Monday. */
    BUSINESS_DAYS
  }

  /** The longest delay accepted. */
  public static final int MAX = 365;

  public StepDelay {
    Objects.requireNonNull(unit, "unit");
    ValidationException.check(amount >= 0 && amount <= MAX, "delay.amount", "must be between 0 and " + MAX + " but was " + amount);
  }

  public static StepDelay days(int days) {
    return new StepDelay(days, Unit.DAYS);
  }

  public static StepDelay businessDays(int days) {
    return new StepDelay(days, Unit.BUSINESS_DAYS);
  }

  /** No delay: due right after the previous step. */
  public static StepDelay none() {
    return new StepDelay(0, Unit.DAYS);
  }

  /** {@code from} plus this delay, in {@code from}'s zone, keeping its local time of day; never before {@code from}. */
  public ZonedDateTime applyTo(ZonedDateTime from) {
    Objects.requireNonNull(from, "from");
    if (unit == Unit.DAYS) {
      return later(from, from.plusDays(amount));
    }
    LocalDateTime t = from.toLocalDateTime();
    if (amount == 0) {
      while (isWeekend(t)) {
        t = t.plusDays(1);
      }
    }
    for (int i = 0; i < amount; i++) {
      do {
        t = t.plusDays(1);
      } while (isWeekend(t));
    }
    return later(from, ZonedDateTime.of(t, from.getZone()));
  }

  private static boolean isWeekend(LocalDateTime t) {
    DayOfWeek d = t.getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
  }

  private static ZonedDateTime later(ZonedDateTime a, ZonedDateTime b) {
    return b.isBefore(a) ? a : b;
  }
}
