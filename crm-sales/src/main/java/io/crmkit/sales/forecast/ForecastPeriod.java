package io.crmkit.sales.forecast;

import io.crmkit.core.ValidationException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One period of a {@link FiscalCalendar}: a key such as {@code FY2026-Q1} or {@code FY2026-M03}, and the
 * dates it covers, from {@code start} up to but excluding {@code end}.
 *
 * <p>{@code calendar.periodOf(LocalDate.parse("2026-02-14")).key()}
 *
 * @param key unique within its calendar and granularity
 * @param start the first day
 * @param end the day after the last day
 */
public record ForecastPeriod(String key, LocalDate start, LocalDate end) implements Comparable<ForecastPeriod> {
  public ForecastPeriod {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    ValidationException.check(!key.isBlank(), "period.key", "must not be blank");
    ValidationException.check(end.isAfter(start), "period.end", "must be after the start " + start + " but was " + end);
  }

  /** Whether {@code date} lies in this period. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && date.isBefore(end);
  }

  /** The last day of the period. */
  public LocalDate lastDay() {
    return end.minusDays(1);
  }

  /** Orders periods by start date. */
  @Override
  public int compareTo(ForecastPeriod o) {
    int c = start.compareTo(o.start);
    return c != 0 ? c : key.compareTo(o.key);
  }

  @Override
  public String toString() {
    return key + " [" + start + ", " + end + ")";
  }
}
