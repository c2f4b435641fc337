package io.crmkit.analytics.clv;

import io.crmkit.core.ValidationException;

/**
 * One customer's calibration history as the continuous-time models see it: {@code frequency} x (repeat
 * purchases), {@code recency} t_x (time of the last repeat purchase since the first purchase, 0 when x = 0) and
 * {@code age} T (time from the first purchase to the end of calibration), all in one time unit. Predictions are
 * made for it: {@code model.probabilityAlive(new PurchaseHistory(2, 30.43, 38.86))}.
 */
public record PurchaseHistory(int frequency, double recency, double age) {
  public PurchaseHistory {
    if (!(frequency >= 0)) {
      throw new ValidationException("frequency", "must be >= 0, was " + frequency);
    }
    if (!(Double.isFinite(recency) && recency >= 0)) {
      throw new ValidationException("recency", "must be >= 0, was " + recency);
    }
    if (!(Double.isFinite(age) && age >= recency)) {
      throw new ValidationException("age", "must be >= recency " + recency
          + " (recency > T means a purchase after the end of calibration), was " + age);
    }
    if (!(frequency > 0 || recency == 0)) {
      throw new ValidationException("recency", "must be 0 when frequency is 0 (no repeat purchase), was " + recency);
    }
  }

  /** A customer just acquired: no repeat purchase and an age of 0. */
  public static PurchaseHistory newCustomer() {
    return new PurchaseHistory(0, 0, 0);
  }
}
