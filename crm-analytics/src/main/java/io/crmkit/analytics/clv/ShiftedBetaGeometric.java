package io.crmkit.analytics.clv;

import static io.crmkit.analytics.clv.Special.digamma;
import static io.crmkit.analytics.clv.Special.lnBeta;

import com.google.common.collect.ImmutableMap;
import io.crmkit.core.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The shifted-beta-geometric model of contractual retention (Fader &amp; Hardie 2007, "How to Project Customer
 * Retention"): each customer churns at the end of any period with probability θ ~ Beta(γ, δ). Then
 * <pre>
 * P(T = t) = B(γ+1, δ+t−1) / B(γ, δ),  S(t) = B(γ, δ+t) / B(γ, δ),
 * </pre>
 * computed by the paper's recursion P(1) = γ/(γ+δ), P(t) = (δ+t−2)/(γ+δ+t−1) · P(t−1), S(t) = S(t−1) − P(t). A cohort
 * with n_t customers active at the start of period t has log-likelihood Σ_t (n_{t−1} − n_t) log P(T=t) + n_k log S(k).
 * Fit with {@code ShiftedBetaGeometric.fit(List.of(RetentionCurve.of(1000, 631, 468, 382)))}.
 */
public record ShiftedBetaGeometric(double gamma, double delta) implements ClvModel {
  public ShiftedBetaGeometric {
    Special.requirePositive("gamma", gamma);
    Special.requirePositive("delta", delta);
  }

  /** Fits γ and δ to one or more cohorts by maximum likelihood (analytic gradient). */
  public static FittedModel<ShiftedBetaGeometric> fit(List<RetentionCurve> cohorts) {
    Objects.requireNonNull(cohorts, "cohorts");
    ValidationException.check(!cohorts.isEmpty(), "cohorts", "sbg needs at least one cohort");
    long churned = 0;
    long stayed = 0;
    double customers = 0;
    for (RetentionCurve c : cohorts) {
      churned += c.alive().get(0) - c.alive().get(c.periods());
      stayed += c.alive().get(c.periods());
      customers += c.alive().get(0);
    }
    ValidationException.check(churned > 0, "cohorts",
        "sbg cannot be fitted when nobody churned: the churn probability runs to 0");
    ValidationException.check(stayed > 0, "cohorts",
        "sbg cannot be fitted when everybody churned by the last period: the heterogeneity is not identified");
    MaximumLikelihood.LogLikelihood ll = likelihood(cohorts);
    List<double[]> starts = List.of(new double[] {1, 1}, new double[] {0.5, 2}, new double[] {2, 8});
    MaximumLikelihood.Estimate e = MaximumLikelihood.maximise("sbg", List.of("gamma", "delta"), ll, starts);
    return FittedModel.of(new ShiftedBetaGeometric(e.params()[0], e.params()[1]), e, customers);
  }

  /** The total log-likelihood and its analytic gradient in the log-parameters, for the optimiser. */
  static MaximumLikelihood.LogLikelihood likelihood(List<RetentionCurve> cohorts) {
    return (phi, grad) -> {
      double g = Math.exp(phi[0]);
      double d = Math.exp(phi[1]);
      double lnB = lnBeta(g, d);
      double psiG = digamma(g);
      double psiD = digamma(d);
      double psiGd = digamma(g + d);
      double total = 0;
      double dg = 0;
      double dd = 0;
      for (RetentionCurve c : cohorts) {
        List<Long> n = c.alive();
        for (int t = 1; t <= c.periods(); t++) {
          double lost = n.get(t - 1) - n.get(t);
          if (lost > 0) {
            double psiAll = digamma(g + d + t);
            total += lost * (lnBeta(g + 1, d + t - 1) - lnB);
            dg += lost * (digamma(g + 1) - psiAll - psiG + psiGd);
            dd += lost * (digamma(d + t - 1) - psiAll - psiD + psiGd);
          }
        }
        int k = c.periods();
        double survivors = n.get(k);
        if (survivors > 0) {
          double psiAll = digamma(g + d + k);
          total += survivors * (lnBeta(g, d + k) - lnB);
          dg += survivors * (psiGd - psiAll);
          dd += survivors * (digamma(d + k) - psiAll - psiD + psiGd);
        }
      }
      grad[0] = dg * g;
      grad[1] = dd * d;
      return total;
    };
  }

  @Override
  public String name() {
    return "sbg";
  }

  @Override
  public Map<String, Double> parameters() {
    return ImmutableMap.of("gamma", gamma, "delta", delta);
  }

  /** P(T = t) for t ≥ 1, by the recursion: the probability of churning at the end of period t. */
  public double churnProbability(int t) {
    ValidationException.check(t >= 1, "t", "must be >= 1, was " + t);
    double p = gamma / (gamma + delta);
    for (int k = 2; k <= t; k++) {
      p *= (delta + k - 2) / (gamma + delta + k - 1);
    }
    return p;
  }

  /** S(t) for t ≥ 0, by the recursion S(t) = S(t−1) − P(T=t): the share of a cohort active at the start of t. */
  public double survival(int t) {
    ValidationException.check(t >= 0, "t", "must be >= 0, was " + t);
    double s = 1;
    double p = gamma / (gamma + delta);
    for (int k = 1; k <= t; k++) {
      if (k > 1) {
        p *= (delta + k - 2) / (gamma + delta + k - 1);
      }
      s -= p;
    }
    return Math.max(0, s);
  }

  /** The retention rate r_t = S(t)/S(t−1) = (δ+t−1)/(γ+δ+t−1), rising with t as the cohort sorts itself. */
  public double retentionRate(int t) {
    ValidationException.check(t >= 1, "t", "must be >= 1, was " + t);
    return (delta + t - 1) / (gamma + delta + t - 1);
  }

  /** The log-likelihood of a cohort (as in {@link #fit}). */
  public double logLikelihood(RetentionCurve c) {
    double total = 0;
    for (int t = 1; t <= c.periods(); t++) {
      long lost = c.alive().get(t - 1) - c.alive().get(t);
      if (lost > 0) {
        total += lost * Math.log(churnProbability(t));
      }
    }
    long survivors = c.alive().get(c.periods());
    return survivors > 0 ? total + survivors * Math.log(survival(c.periods())) : total;
  }

  /**
   * The discounted expected residual lifetime, in periods, of a customer active at the start of period n:
   * Σ_{k≥0} S(n+k)/S(n) / (1+d)^k = 2F1(1, δ+n; γ+δ+n; 1/(1+d)) — the payment at the start of period n counts
   * undiscounted. With n = 0 it is the discounted expected lifetime of a new customer (Fader &amp; Hardie 2010);
   * times the margin per period it is the customer's (residual) lifetime value.
   */
  public double discountedExpectedResidualLifetime(int periodsSurvived, double discountRate) {
    ValidationException.check(periodsSurvived >= 0, "periodsSurvived", "must be >= 0, was " + periodsSurvived);
    ValidationException.check(Double.isFinite(discountRate) && discountRate > 0, "discountRate",
        "must be > 0, was " + discountRate);
    double n = periodsSurvived;
    return Math.exp(Hypergeometric.log2F1(1, delta + n, gamma + delta + n, 1 / (1 + discountRate)));
  }
}
