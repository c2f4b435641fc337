package io.crmkit.analytics.clv;

import static io.crmkit.analytics.clv.Special.digamma;
import static io.crmkit.analytics.clv.Special.lnBeta;

import com.google.common.collect.ImmutableMap;
import io.crmkit.core.ValidationException;
import java.util.List;
import java.util.Map;

/**
 * The beta-geometric/beta-binomial model of Fader, Hardie &amp; Shang (2010), "Customer-Base Analysis in a
 * Discrete-Time Noncontractual Setting": at each discrete opportunity an active customer buys with probability
 * p ~ Beta(α, β), and becomes inactive before the next with probability θ ~ Beta(γ, δ). The likelihood of
 * (x, t_x, n) is
 * <pre>
 * L = B(α+x, β+n−x)/B(α,β) · B(γ, δ+n)/B(γ,δ)
 *   + Σ_{i=0}^{n−t_x−1} B(α+x, β+t_x−x+i)/B(α,β) · B(γ+1, δ+t_x+i)/B(γ,δ),
 * </pre>
 * summed in log space. Fit with {@code BgBb.fit(histories)}; predictions take the number of future opportunities.
 */
public record BgBb(double alpha, double beta, double gamma, double delta) implements ClvModel {
  public BgBb {
    Special.requirePositive("alpha", alpha);
    Special.requirePositive("beta", beta);
    Special.requirePositive("gamma", gamma);
    Special.requirePositive("delta", delta);
  }

  /** Fits by maximum likelihood (analytic gradient through digamma); needs someone who bought at least once. */
  public static FittedModel<BgBb> fit(DiscreteHistories d) {
    List<DiscreteHistory> ps = d.patterns();
    ValidationException.check(!ps.isEmpty(), "histories", "bgbb cannot be fitted to no customers");
    ValidationException.check(ps.stream().anyMatch(h -> h.frequency() > 0), "histories",
        "bgbb cannot be fitted when nobody bought in any period: the purchase and dropout rates are not identified");
    ValidationException.check(ps.stream().anyMatch(h -> h.frequency() < h.periods()), "histories",
        "bgbb cannot be fitted when everybody bought in every period: the rates run to their bounds");
    MaximumLikelihood.LogLikelihood ll = likelihood(d);
    List<double[]> starts = List.of(
        new double[] {1, 1, 1, 1}, new double[] {0.5, 0.5, 0.5, 2}, new double[] {2, 1, 0.5, 5},
        new double[] {5, 5, 2, 2});
    MaximumLikelihood.Estimate e =
        MaximumLikelihood.maximise("bgbb", List.of("alpha", "beta", "gamma", "delta"), ll, starts);
    double[] p = e.params();
    return FittedModel.of(new BgBb(p[0], p[1], p[2], p[3]), e, d.customers());
  }

  /** The total log-likelihood and its analytic gradient in the log-parameters, for the optimiser. */
  static MaximumLikelihood.LogLikelihood likelihood(DiscreteHistories d) {
    List<DiscreteHistory> ps = d.patterns();
    return (phi, grad) -> {
      BgBb m = new BgBb(Math.exp(phi[0]), Math.exp(phi[1]), Math.exp(phi[2]), Math.exp(phi[3]));
      double total = 0;
      double[] g = new double[4];
      double[] gi = new double[4];
      for (int i = 0; i < ps.size(); i++) {
        double w = d.weight(i);
        total += w * m.logLikelihood(ps.get(i), gi);
        for (int k = 0; k < 4; k++) {
          g[k] += w * gi[k];
        }
      }
      grad[0] = g[0] * m.alpha;
      grad[1] = g[1] * m.beta;
      grad[2] = g[2] * m.gamma;
      grad[3] = g[3] * m.delta;
      return total;
    };
  }

  @Override
  public String name() {
    return "bgbb";
  }

  @Override
  public Map<String, Double> parameters() {
    return ImmutableMap.of("alpha", alpha, "beta", beta, "gamma", gamma, "delta", delta);
  }

  /** The log-likelihood of one history. */
  public double logLikelihood(DiscreteHistory h) {
    return logLikelihood(h, new double[4]);
  }

  /** The total log-likelihood Σ weight · log L. */
  public double logLikelihood(DiscreteHistories d) {
    double s = 0;
    for (int i = 0; i < d.patterns().size(); i++) {
      s += d.weight(i) * logLikelihood(d.patterns().get(i));
    }
    return s;
  }

  /** log L, with ∂log L/∂(α, β, γ, δ) written into {@code grad}. */
  private double logLikelihood(DiscreteHistory h, double[] grad) {
    int x = h.frequency();
    int tx = h.recency();
    int n = h.periods();
    int terms = 1 + (n - tx);
    double[] logs = new double[terms];
    double[][] d = new double[terms][];
    double lnBab = lnBeta(alpha, beta);
    double lnBgd = lnBeta(gamma, delta);
    double psiA = digamma(alpha);
    double psiB = digamma(beta);
    double psiAb = digamma(alpha + beta);
    double psiG = digamma(gamma);
    double psiD = digamma(delta);
    double psiGd = digamma(gamma + delta);
    double psiAx = digamma(alpha + x);
    for (int j = 0; j < terms; j++) {
      // term 0: alive through n; term 1+i: last purchase at t_x, inactive from t_x + i + 1
      int ya = j == 0 ? n - x : tx - x + (j - 1);
      int gc = j == 0 ? 0 : 1;
      int gd = j == 0 ? n : tx + (j - 1);
      logs[j] = lnBeta(alpha + x, beta + ya) - lnBab + lnBeta(gamma + gc, delta + gd) - lnBgd;
      double psiAll = digamma(alpha + beta + x + ya);
      double psiGdAll = digamma(gamma + delta + gc + gd);
      d[j] = new double[] {
        psiAx - psiAll - psiA + psiAb,
        digamma(beta + ya) - psiAll - psiB + psiAb,
        digamma(gamma + gc) - psiGdAll - psiG + psiGd,
        digamma(delta + gd) - psiGdAll - psiD + psiGd
      };
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double l : logs) {
      max = Math.max(max, l);
    }
    double sum = 0;
    for (double l : logs) {
      sum += Math.exp(l - max);
    }
    java.util.Arrays.fill(grad, 0);
    for (int j = 0; j < terms; j++) {
      double share = Math.exp(logs[j] - max) / sum;
      for (int k = 0; k < 4; k++) {
        grad[k] += share * d[j][k];
      }
    }
    return max + Math.log(sum);
  }

  /** P(alive at t): E[(1−θ)^t] = B(γ, δ+t)/B(γ, δ). */
  private double logSurvival(int t) {
    return lnBeta(gamma, delta + t) - lnBeta(gamma, delta);
  }

  /** E[X(n)] = α/(α+β) · Σ_{t=1}^{n} B(γ, δ+t)/B(γ, δ): expected purchases of a new customer in n opportunities. */
  public double expectedPurchases(int periods) {
    ValidationException.check(periods >= 0, "periods", "must be >= 0, was " + periods);
    double s = 0;
    for (int t = 1; t <= periods; t++) {
      s += Math.exp(logSurvival(t));
    }
    return alpha / (alpha + beta) * s;
  }

  /** P(alive in period n+1 | x, t_x, n) = B(α+x, β+n−x)/B(α,β) · B(γ, δ+n+1)/B(γ,δ) / L. */
  public double probabilityAlive(DiscreteHistory h) {
    int x = h.frequency();
    int n = h.periods();
    return Math.exp(lnBeta(alpha + x, beta + n - x) - lnBeta(alpha, beta) + logSurvival(n + 1) - logLikelihood(h));
  }

  /**
   * E[X(n, n+n*) | x, t_x, n] = B(α+x+1, β+n−x)/B(α,β) / L · Σ_{t=n+1}^{n+n*} B(γ, δ+t)/B(γ,δ): the expected
   * purchases in the next {@code futurePeriods} opportunities.
   */
  public double conditionalExpectedPurchases(int futurePeriods, DiscreteHistory h) {
    ValidationException.check(futurePeriods >= 0, "futurePeriods", "must be >= 0, was " + futurePeriods);
    double s = 0;
    for (int t = h.periods() + 1; t <= h.periods() + futurePeriods; t++) {
      s += Math.exp(logSurvival(t));
    }
    return Math.exp(logBuyNext(h)) * s;
  }

  private double logBuyNext(DiscreteHistory h) {
    int x = h.frequency();
    return lnBeta(alpha + x + 1, beta + h.periods() - x) - lnBeta(alpha, beta) - logLikelihood(h);
  }

  /**
   * DERT, the discounted expected residual transactions (FHS 2010, eq. 16):
   * B(α+x+1, β+n−x)/B(α,β) · B(γ, δ+n+1) / (B(γ,δ) (1+d)) · 2F1(1, δ+n+1; γ+δ+n+1; 1/(1+d)) / L — the
   * expected future purchases with the one in period n+k discounted by (1+d)^k. Times the value of a purchase,
   * it is the customer's residual lifetime value.
   */
  public double discountedExpectedResidualTransactions(double discountRate, DiscreteHistory h) {
    ValidationException.check(Double.isFinite(discountRate) && discountRate > 0, "discountRate",
        "must be > 0 (without discounting the sum diverges for some customers), was " + discountRate);
    int n = h.periods();
    double z = 1 / (1 + discountRate);
    return Math.exp(logBuyNext(h) + logSurvival(n + 1) + Math.log(z)
        + Hypergeometric.log2F1(1, delta + n + 1, gamma + delta + n + 1, z));
  }

  /**
   * P(X(n) = x): the probability that a new customer buys in exactly {@code x} of {@code n} opportunities,
   * C(n,x) B(α+x, β+n−x)/B(α,β) · B(γ, δ+n)/B(γ,δ) + Σ_{i=x}^{n−1} C(i,x) B(α+x, β+i−x)/B(α,β) · B(γ+1, δ+i)/B(γ,δ).
   */
  public double purchaseCountProbability(int x, int periods) {
    ValidationException.check(periods >= 0, "periods", "must be >= 0, was " + periods);
    if (x < 0 || x > periods) {
      return 0;
    }
    double lnBab = lnBeta(alpha, beta);
    double lnBgd = lnBeta(gamma, delta);
    double p = Math.exp(lnChoose(periods, x) + lnBeta(alpha + x, beta + periods - x) - lnBab
        + lnBeta(gamma, delta + periods) - lnBgd);
    for (int i = x; i < periods; i++) {
      p += Math.exp(lnChoose(i, x) + lnBeta(alpha + x, beta + i - x) - lnBab + lnBeta(gamma + 1, delta + i) - lnBgd);
    }
    return p;
  }

  private static double lnChoose(int n, int k) {
    return Special.lnFactorial(n) - Special.lnFactorial(k) - Special.lnFactorial(n - k);
  }
}
