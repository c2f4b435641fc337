package io.crmkit.analytics.summary;

import io.crmkit.core.ValidationException;
import java.util.Objects;

/**
 * One customer's calibration-period summary, the "(x, t_x, T)" of the lifetime-value papers plus spend.
 *
 * <ul>
 *   <li>{@code frequency} (x): repeat purchases in calibration — the first purchase is not counted;
 *   <li>{@code recency} (t_x): time from the first to the last calibration purchase, 0 when x = 0;
 *   <li>{@code age} (T): time from the first purchase to the end of calibration;
 *   <li>{@code monetaryValue}: mean amount of the repeat purchases (0 when x = 0);
 *   <li>{@code holdoutFrequency}: purchases in the holdout period (0 without one).
 * </ul>
 *
 * Times are in the {@link PeriodUnit} of the conventions that built it. Usually made by
 * {@link CustomerSummaries#summarise}; build one by hand as
 * {@code new CustomerSummary("c1", 2, 30.43, 38.86, 22.35, 0)}.
 */
public record CustomerSummary(
    String customerId, int frequency, double recency, double age, double monetaryValue, int holdoutFrequency) {
  public CustomerSummary {
    Objects.requireNonNull(customerId, "customerId");
    if (!(frequency >= 0)) {
      throw new ValidationException("frequency", "must be >= 0, was " + frequency);
    }
    if (!(Double.isFinite(recency) && recency >= 0)) {
      throw new ValidationException("recency", "must be >= 0, was " + recency);
    }
    if (!(Double.isFinite(age) && age >= recency)) {
      throw new ValidationException("age", "must be >= recency " + recency
          + " (the last purchase cannot be after the end of calibration), was " + age);
    }
    if (!(frequency > 0 || recency == 0)) {
      throw new ValidationException("recency", "must be 0 when frequency is 0, was " + recency);
    }
    if (!(Double.isFinite(monetaryValue) && monetaryValue >= 0)) {
      throw new ValidationException("monetaryValue", "must be >= 0, was " + monetaryValue);
    }
    if (!(holdoutFrequency >= 0)) {
      throw new ValidationException("holdoutFrequency", "must be >= 0, was " + holdoutFrequency);
    }
  }

  /** This summary with another mean spend. */
  public CustomerSummary withMonetaryValue(double value) {
    return new CustomerSummary(customerId, frequency, recency, age, value, holdoutFrequency);
  }
}
