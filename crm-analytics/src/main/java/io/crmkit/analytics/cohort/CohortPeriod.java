package io.crmkit.analytics.cohort;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The length of a cohort period: calendar weeks (ISO, starting on Monday), months or quarters. Pass it to
 * {@code CohortRetention.of(events, CohortPeriod.MONTH, zone, observedUntil)}.
 */
public enum CohortPeriod {
  WEEK,
  MONTH,
  QUARTER;

  /** The first day of the period containing {@code date}. */
  public LocalDate startOf(LocalDate date) {
    switch (this) {
      case WEEK:
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH:
        return date.withDayOfMonth(1);
      default:
        return date.withMonth((date.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1).withDayOfMonth(1);
    }
  }

  /** The first day of the period {@code n} periods after the one starting on {@code start}. */
  public LocalDate plus(LocalDate start, long n) {
    switch (this) {
      case WEEK:
        return start.plusWeeks(n);
      case MONTH:
        return start.plusMonths(n);
      default:
        return start.plusMonths(3 * n);
    }
  }

  /** The number of whole periods from the period containing {@code from} to the one containing {@code to}. */
  public long between(LocalDate from, LocalDate to) {
    LocalDate a = startOf(from);
    LocalDate b = startOf(to);
    switch (this) {
      case WEEK:
        return ChronoUnit.WEEKS.between(a, b);
      case MONTH:
        return ChronoUnit.MONTHS.between(a, b);
      default:
        return ChronoUnit.MONTHS.between(a, b) / 3;
    }
  }
}
