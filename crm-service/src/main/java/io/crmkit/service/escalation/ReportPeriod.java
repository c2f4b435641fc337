package io.crmkit.service.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * The length of the periods an {@link EscalationReport} counts by, in a time zone. Keys sort chronologically:
 * {@code 2026-03-02} (day), {@code 2026-W10} (ISO week), {@code 2026-03} (month), {@code 2026-Q1} (quarter).
 */
public enum ReportPeriod {
  DAY,
  WEEK,
  MONTH,
  QUARTER;

  /** The key of the period holding {@code at} in {@code zone}. */
  public String key(Instant at, ZoneId zone) {
    LocalDate d = at.atZone(zone).toLocalDate();
    return switch (this) {
      case DAY -> d.toString();
      case WEEK -> String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
          d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
      case QUARTER -> String.format(Locale.ROOT, "%04d-Q%d", d.getYear(), d.get(IsoFields.QUARTER_OF_YEAR));
    };
  }
}
