package io.crmkit.analytics.clv;

import com.google.common.collect.ImmutableMap;
import io.crmkit.core.ValidationException;
import java.util.List;
import java.util.Map;

/**
 * The Gamma-Gamma spend model (Fader, Hardie &amp; Lee 2005, "RFM and CLV"; Fader &amp; Hardie 2013): each purchase
 * amount is Gamma(p, ν) with ν ~ Gamma(q, γ) across customers, independent of the purchase process. The
 * likelihood of x purchases with mean m̄ (the papers' form, as BTYD's {@code spend.LL}) is
 * <pre>
 * L = Γ(px+q) / (Γ(px) Γ(q)) · γ^q · m̄^(px−1) · x^(px) / (γ + x m̄)^(px+q).
 * </pre>
 * Fit with {@code GammaGamma.fit(SpendHistories.of(summaries))}; E[M | x, m̄] is
 * {@link #conditionalExpectedSpend}.
 */
public record GammaGamma(double p, double q, double gamma) implements ClvModel {
  public GammaGamma {
    Special.requirePositive("p", p);
    Special.requirePositive("q", q);
    Special.requirePositive("gamma", gamma);
  }

  /** Fits by maximum likelihood (analytic gradient); needs at least one customer. */
  public static FittedModel<GammaGamma> fit(SpendHistories d) {
    ValidationException.check(d.patterns() > 0, "histories",
        "ggamma cannot be fitted without a customer who made a repeat purchase");
    MaximumLikelihood.LogLikelihood ll = likelihood(d);
    double meanSpend = 0;
    for (int i = 0; i < d.patterns(); i++) {
      meanSpend += d.w[i] * d.mean[i];
    }
    meanSpend /= d.customers();
    // p·γ/(q−1) is the mean spend: start from shapes that match it
    List<double[]> starts = List.of(
        new double[] {1, 2, meanSpend},
        new double[] {5, 3, 2 * meanSpend / 5},
        new double[] {1, 1, 1},
        new double[] {0.5, 5, 8 * meanSpend});
    MaximumLikelihood.Estimate e = MaximumLikelihood.maximise("ggamma", List.of("p", "q", "gamma"), ll, starts);
    double[] v = e.params();
    return FittedModel.of(new GammaGamma(v[0], v[1], v[2]), e, d.customers());
  }

  /** The total log-likelihood and its analytic gradient in the log-parameters, for the optimiser. */
  static MaximumLikelihood.LogLikelihood likelihood(SpendHistories d) {
    int n = d.patterns();
    double[] lnX = new double[n];
    double[] lnM = new double[n];
    for (int i = 0; i < n; i++) {
      lnX[i] = Math.log(d.x[i]);
      lnM[i] = Math.log(d.mean[i]);
    }
    return (phi, grad) -> {
      double p = Math.exp(phi[0]);
      double q = Math.exp(phi[1]);
      double g = Math.exp(phi[2]);
      double lnG = Math.log(g);
      double lgQ = Special.lnGamma(q);
      double dgQ = Special.digamma(q);
      double sum = 0;
      double gp = 0;
      double gq = 0;
      double gg = 0;
      for (int i = 0; i < n; i++) {
        int x = d.x[i];
        double px = p * x;
        double w = d.w[i];
        double lnGx = Math.log(g + x * d.mean[i]);
        double dgPxQ = Special.digamma(px + q);
        sum += w * (Special.lnGamma(px + q) - Special.lnGamma(px) - lgQ + q * lnG + (px - 1) * lnM[i]
            + px * lnX[i] - (px + q) * lnGx);
        gp += w * x * (dgPxQ - Special.digamma(px) + lnM[i] + lnX[i] - lnGx);
        gq += w * (dgPxQ - dgQ + lnG - lnGx);
        gg += w * (q / g - (px + q) / (g + x * d.mean[i]));
      }
      grad[0] = gp * p;
      grad[1] = gq * q;
      grad[2] = gg * g;
      return sum;
    };
  }

  @Override
  public String name() {
    return "ggamma";
  }

  @Override
  public Map<String, Double> parameters() {
    return ImmutableMap.of("p", p, "q", q, "gamma", gamma);
  }

  /**
   * E[M | x, m̄] = p (γ + x m̄) / (p x + q − 1): the expected mean spend of a customer with x repeat purchases of
   * mean m̄ — a weighted average of the population mean p γ / (q − 1) and m̄. With x = 0 it is the population
   * mean. Needs q &gt; 1 (otherwise the population mean is infinite).
   */
  public double conditionalExpectedSpend(int frequency, double meanSpend) {
    ValidationException.check(frequency >= 0, "frequency", "must be >= 0, was " + frequency);
    ValidationException.check(Double.isFinite(meanSpend) && meanSpend >= 0, "monetaryValue",
        "must be >= 0, was " + meanSpend);
    ValidationException.check(q > 1 || frequency > 0, "q", "must be > 1 for a finite population mean spend, is " + q);
    return p * (gamma + frequency * meanSpend) / (p * frequency + q - 1);
  }

  /** The log-likelihood of x purchases with mean m̄ (x &gt; 0, m̄ &gt; 0). */
  public double logLikelihood(int x, double meanSpend) {
    ValidationException.check(x > 0, "frequency", "must be > 0, was " + x);
    Special.requirePositive("monetaryValue", meanSpend);
    double px = p * x;
    return Special.lnGamma(px + q) - Special.lnGamma(px) - Special.lnGamma(q) + q * Math.log(gamma)
        + (px - 1) * Math.log(meanSpend) + px * Math.log(x) - (px + q) * Math.log(gamma + x * meanSpend);
  }

  /** The total log-likelihood: Σ weight · log L(x, m̄). */
  public double logLikelihood(SpendHistories d) {
    double s = 0;
    for (int i = 0; i < d.patterns(); i++) {
      s += d.w[i] * logLikelihood(d.x[i], d.mean[i]);
    }
    return s;
  }
}
