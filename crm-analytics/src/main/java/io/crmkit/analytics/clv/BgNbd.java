package io.crmkit.analytics.clv;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * The BG/NBD model of Fader, Hardie &amp; Lee (2005), "Counting Your Customers the Easy Way": a customer buys at
 * Poisson rate λ ~ Gamma(r, α) while alive and, after each repeat purchase, drops out with probability
 * p ~ Beta(a, b). Fit it with {@code FittedModel<BgNbd> fit = BgNbd.fit(PurchaseHistories.of(summaries));} and
 * predict with {@code fit.model().conditionalExpectedPurchases(52, history)}. The predictions need a ≠ 1; the
 * 2F1 they use is summed in log space, so heavy buyers and long horizons neither overflow nor give NaN.
 */
public record BgNbd(double r, double alpha, double a, double b) implements PurchaseModel {
  public BgNbd {
    Special.requirePositive("r", r);
    Special.requirePositive("alpha", alpha);
    Special.requirePositive("a", a);
    Special.requirePositive("b", b);
  }

  private static final int SHIFT = 0;

  /**
   * Fits the model by maximum likelihood (analytic gradient, log-parameters, several starts). Throws a
   * {@link io.crmkit.core.ValidationException} when no customer bought twice, a {@link FitFailedException}
   * when no proper maximum exists.
   */
  public static FittedModel<BgNbd> fit(PurchaseHistories histories) {
    MaximumLikelihood.Estimate e = BetaGeometricNbd.fit("bgnbd", histories, SHIFT);
    double[] p = e.params();
    return FittedModel.of(new BgNbd(p[0], p[1], p[2], p[3]), e, histories.customers());
  }

  @Override
  public String name() {
    return "bgnbd";
  }

  @Override
  public Map<String, Double> parameters() {
    return ImmutableMap.of("r", r, "alpha", alpha, "a", a, "b", b);
  }

  @Override
  public double expectedPurchases(double t) {
    return BetaGeometricNbd.expected(r, alpha, a, b, SHIFT, t);
  }

  @Override
  public double conditionalExpectedPurchases(double t, PurchaseHistory history) {
    return BetaGeometricNbd.conditional(r, alpha, a, b, SHIFT, t, history);
  }

  @Override
  public double probabilityAlive(PurchaseHistory history) {
    return BetaGeometricNbd.probabilityAlive(r, alpha, a, b, SHIFT, history);
  }

  @Override
  public double purchaseCountProbability(int n, double t) {
    return BetaGeometricNbd.pmf(r, alpha, a, b, SHIFT, n, t);
  }

  @Override
  public double logLikelihood(PurchaseHistory history) {
    return BetaGeometricNbd.logLikelihood(r, alpha, a, b, SHIFT, history);
  }
}
