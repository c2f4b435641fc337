package io.crmkit.analytics.cohort;

import io.crmkit.core.ValidationException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One cell of a {@link CohortMatrix}: how many of a cohort's customers were active {@code offset} periods after
 * acquisition, e.g. {@code row.cells().get(3).rate()}.
 *
 * @param offset periods since the cohort's period (0 is the acquisition period itself)
 * @param periodStart the first day of the period
 * @param active the number of the cohort's customers with at least one event in the period (0 if censored)
 * @param rate {@code active / cohort size} (0 if censored)
 * @param status whether the period was fully observed
 */
public record CohortCell(int offset, LocalDate periodStart, int active, double rate, CellStatus status) {
  public CohortCell {
    Objects.requireNonNull(periodStart, "periodStart");
    Objects.requireNonNull(status, "status");
    ValidationException.check(offset >= 0, "offset", "must be ≥ 0 but was " + offset);
    ValidationException.check(active >= 0, "active", "must be ≥ 0 but was " + active);
    ValidationException.check(rate >= 0 && rate <= 1, "rate", "must be in [0, 1] but was " + rate);
  }

  /** Whether the cell is right-censored, in part or entirely. */
  public boolean isCensored() {
    return status != CellStatus.COMPLETE;
  }
}
