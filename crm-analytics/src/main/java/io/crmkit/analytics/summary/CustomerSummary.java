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
 * {@link CustomerSummaries#summarise}; build one by hand as {@code new CustomerSummary("c1", 2, 30.43, 38.86, 22.35, 0)}.
 */
public record CustomerSummary(
    String customerId, int frequency, double recency, double age, double monetaryValue, int holdoutFrequency) {
  public CustomerSummary {
    Objects.requireNonNull(customerId, "customerId");
    ValidationException.check(frequency >= 0, "frequency", "must be >= 0, was " + frequency);
    ValidationException.check(Double.isFinite(recency) && recency >= 0, "recency", "must be >= 0, was " + recency);
    ValidationException.check(Double.isFinite(age) && age >= recency, "age",
        "must be >= recency " + recency + " (the last purchase cannot be after the end of calibration), was " + age);
    ValidationException.check(frequency > 0 || recency == 0, "recency", "must be 0 when frequency is 0, was " + recency);
    ValidationException.check(Double.isFinite(monetaryValue) && monetaryValue >= 0, "monetaryValue",
        "must be >= 0, was " + monetaryValue);
    ValidationException.check(holdoutFrequency >= 0, "holdoutFrequency", "must be >= 0, was " + holdoutFrequency);
  }
}
