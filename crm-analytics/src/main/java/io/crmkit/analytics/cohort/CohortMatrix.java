package io.crmkit.analytics.cohort;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A cohort retention matrix from {@link CohortRetention#of}: one row per acquisition period, oldest first,
 * every row with cells for the same offsets; read {@code matrix.rows().get(0).cells().get(2).rate()}.
 *
 * @param period the length of a period
 * @param zone the time zone in which events were assigned to days
 * @param observedUntil the last day observed (inclusive)
 * @param rows the cohorts, oldest first
 */
public record CohortMatrix(CohortPeriod period, ZoneId zone, LocalDate observedUntil, List<CohortRow> rows) {
  public CohortMatrix {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(observedUntil, "observedUntil");
    rows = List.copyOf(rows);
  }

  /** The number of offsets each row has (0 when there are no rows). */
  public int width() {
    return rows.isEmpty() ? 0 : rows.get(0).cells().size();
  }
}
