package io.crmkit.analytics.summary;

import io.crmkit.core.ValidationException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The conventions that turn a transaction log into summaries. The calibration period runs from each customer's
 * first purchase to {@code calibrationEnd} inclusive; when a {@code holdoutEnd} is given, purchases after
 * {@code calibrationEnd} up to and including it are counted as the holdout. With {@code mergeSameDay}, all of a
 * customer's purchases on one day count as one purchase whose amount is their sum (the convention of the CDNOW
 * papers, BTYD and lifetimes). Use {@code SummaryConventions.of(PeriodUnit.WEEK, LocalDate.of(1997, 9, 30))}
 * and {@code .withHoldoutEnd(...)}.
 */
public record SummaryConventions(
    PeriodUnit unit, LocalDate calibrationEnd, Optional<LocalDate> holdoutEnd, boolean mergeSameDay) {
  public SummaryConventions {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(calibrationEnd, "calibrationEnd");
    Objects.requireNonNull(holdoutEnd, "holdoutEnd");
    holdoutEnd.ifPresent(end -> ValidationException.check(end.isAfter(calibrationEnd), "holdoutEnd",
        "must be after the calibration end " + calibrationEnd + ", was " + end));
  }

  /** Calibration up to {@code calibrationEnd}, no holdout, same-day purchases merged. */
  public static SummaryConventions of(PeriodUnit unit, LocalDate calibrationEnd) {
    return new SummaryConventions(unit, calibrationEnd, Optional.empty(), true);
  }

  /** These conventions with a holdout period ending on {@code end} (inclusive). */
  public SummaryConventions withHoldoutEnd(LocalDate end) {
    return new SummaryConventions(unit, calibrationEnd, Optional.of(end), mergeSameDay);
  }

  /** These conventions with same-day merging switched on or off. */
  public SummaryConventions withMergeSameDay(boolean merge) {
    return new SummaryConventions(unit, calibrationEnd, holdoutEnd, merge);
  }

  /** These conventions in another time unit. */
  public SummaryConventions withUnit(PeriodUnit newUnit) {
    return new SummaryConventions(newUnit, calibrationEnd, holdoutEnd, mergeSameDay);
  }
}
