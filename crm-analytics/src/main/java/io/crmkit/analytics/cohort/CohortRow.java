package io.crmkit.analytics.cohort;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One acquisition cohort of a {@link CohortMatrix}: its period, its size and its cells by offset; e.g.
 * {@code row.cells().get(0).active() == row.size()}.
 *
 * @param periodStart the first day of the acquisition period
 * @param size the number of customers whose first event falls in that period
 * @param cells the cells for offsets 0, 1, … up to the matrix's widest offset
 */
public record CohortRow(LocalDate periodStart, int size, List<CohortCell> cells) {
  public CohortRow {
    Objects.requireNonNull(periodStart, "periodStart");
    cells = List.copyOf(cells);
  }
}
