package io.crmkit.marketing.schedule;

import io.crmkit.core.ValidationException;
import java.time.Duration;
import java.util.Objects;

/**
 * The period a {@link FrequencyCap} counts over, named explicitly: a rolling window of fixed length, or the
 * calendar day in the recipient's own zone (so 23:30 and 00:30 local are two days, whatever UTC says).
 */
public sealed interface CapPeriod {
  /** Any period of {@code length}: at most the cap in every [t, t + length). */
  static CapPeriod rolling(Duration length) {
    return new Rolling(length);
  }

  /** The local calendar day of the recipient. */
  static CapPeriod calendarDay() {
    return new CalendarDay();
  }

  /** A rolling window. */
  record Rolling(Duration length) implements CapPeriod {
    public Rolling {
      Objects.requireNonNull(length, "length");
      ValidationException.check(!length.isNegative() && !length.isZero(), "length", "must be positive");
    }

    @Override
    public String toString() {
      return "any " + length;
    }
  }

  /** The recipient's local calendar day. */
  record CalendarDay() implements CapPeriod {
    @Override
    public String toString() {
      return "calendar day in the recipient's zone";
    }
  }
}
