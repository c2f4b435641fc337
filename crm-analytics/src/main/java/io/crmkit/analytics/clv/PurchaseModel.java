package io.crmkit.analytics.clv;

import io.crmkit.core.ValidationException;

/**
 * A continuous-time "buy till you die" model (BG/NBD, MBG/NBD, Pareto/NBD): the predictions it makes for a
 * customer's {@link PurchaseHistory}. All times are in the unit of the data the model was fitted to. Example:
 * {@code model.conditionalExpectedPurchases(39, new PurchaseHistory(2, 30.43, 38.86))}.
 */
public interface PurchaseModel extends ClvModel {
  /** E[X(t)]: the expected number of repeat purchases of a new customer in (0, t]. */
  double expectedPurchases(double t);

  /** E[Y(t) | x, t_x, T]: the expected number of purchases in the next {@code t} after the end of calibration. */
  double conditionalExpectedPurchases(double t, PurchaseHistory history);

  /** P(alive | x, t_x, T): the probability that the customer is still active at the end of calibration. */
  double probabilityAlive(PurchaseHistory history);

  /** P(X(t) = n): the probability that a new customer makes exactly {@code n} repeat purchases in (0, t]. */
  double purchaseCountProbability(int n, double t);

  /** The log-likelihood of one customer's history (the papers' form, including the constants). */
  double logLikelihood(PurchaseHistory history);

  /** The total log-likelihood of the histories: Σ weight · log L(x, t_x, T). */
  default double logLikelihood(PurchaseHistories histories) {
    double s = 0;
    for (int i = 0; i < histories.patterns(); i++) {
      s += histories.weight(i) * logLikelihood(histories.pattern(i));
    }
    return s;
  }

  /**
   * The customer lifetime value: the discounted expected purchases times the expected spend per purchase,
   * <pre>CLV = spend · Σ_{k=1..K} (E[Y(k·step) | h] − E[Y((k−1)·step) | h]) / (1 + rate)^k,</pre>
   * with K = ⌈horizon / step⌉ (the last step ends at {@code horizon}): purchases expected in the k-th step are
   * discounted by k periods at {@code rate} per step. Pair it with {@link GammaGamma#conditionalExpectedSpend}
   * for {@code spend}. E.g. 52 weeks in steps of 4.33 weeks at 1% a month: {@code clv(h, spend, 52, 4.33, 0.01)}.
   */
  default double customerLifetimeValue(
      PurchaseHistory history, double spend, double horizon, double step, double rate) {
    ValidationException.check(Double.isFinite(spend) && spend >= 0, "spend", "must be >= 0, was " + spend);
    ValidationException.check(Double.isFinite(horizon) && horizon >= 0, "horizon", "must be >= 0, was " + horizon);
    ValidationException.check(Double.isFinite(step) && step > 0, "step", "must be > 0, was " + step);
    ValidationException.check(Double.isFinite(rate) && rate > -1, "rate", "must be > -1, was " + rate);
    double total = 0;
    double previous = 0;
    int k = 1;
    for (double end = Math.min(step, horizon); ; end = Math.min(++k * step, horizon)) {
      double e = conditionalExpectedPurchases(end, history);
      total += (e - previous) / Math.pow(1 + rate, k);
      previous = e;
      if (end >= horizon) {
        break;
      }
    }
    return spend * total;
  }
}
