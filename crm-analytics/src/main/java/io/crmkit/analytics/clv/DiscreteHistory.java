package io.crmkit.analytics.clv;

import io.crmkit.core.ValidationException;

/**
 * One customer's history in discrete time, as the {@link BgBb} model sees it: over {@code periods} transaction
 * opportunities n after the first (e.g. the years after a first donation), the customer bought in
 * {@code frequency} x of them, the last in period {@code recency} t_x (0 when x = 0). Make it as
 * {@code new DiscreteHistory(3, 5, 6)}.
 */
public record DiscreteHistory(int frequency, int recency, int periods) {
  public DiscreteHistory {
    if (!(periods >= 0)) {
      throw new ValidationException("periods", "must be >= 0, was " + periods);
    }
    if (!(frequency >= 0 && frequency <= periods)) {
      throw new ValidationException("frequency", "must be in [0, periods=" + periods + "], was " + frequency);
    }
    if (!(recency >= frequency && recency <= periods)) {
      throw new ValidationException("recency", "must be in [frequency=" + frequency + ", periods=" + periods
          + "] (the last purchase is in one of the periods, no earlier than the x-th), was " + recency);
    }
    if (!(frequency > 0 || recency == 0)) {
      throw new ValidationException("recency", "must be 0 when frequency is 0, was " + recency);
    }
  }
}
