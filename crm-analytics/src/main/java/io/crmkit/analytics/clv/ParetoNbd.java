package io.crmkit.analytics.clv;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;

/**
 * The Pareto/NBD model of Schmittlein, Morrison &amp; Colombo (1987), as in Fader, Hardie &amp; Lee (2005): a
 * customer buys at Poisson rate λ ~ Gamma(r, α) while alive, and the lifetime is exponential with rate
 * μ ~ Gamma(s, β). Fit it with {@code ParetoNbd.fit(histories)}; predict with
 * {@code fit.model().probabilityAlive(history)}.
 *
 * <p>The likelihood is written as
 * <pre>
 * L = Γ(r+x) α^r β^s / Γ(r) · [ (α+T)^−(r+x) (β+T)^−s + s · I ],  I = ∫_{t_x}^{T} (α+τ)^−(r+x) (β+τ)^−(s+1) dτ
 * </pre>
 * (alive throughout, or dropped out at some τ after the last purchase) — the same function as the papers' form with
 * the Gauss hypergeometric 2F1, without its two branches (α ≥ β, α &lt; β) or its cancellation. I is integrated by
 * Gauss-Legendre in y = log((α+τ)/(α+t_x)), where the integrand is smooth for every parameter value; its
 * derivatives use the same nodes, so the gradient is analytic. P(alive) = 1 / (1 + s · I · (α+T)^(r+x) (β+T)^s).
 */
public record ParetoNbd(double r, double alpha, double s, double beta) implements PurchaseModel {
  public ParetoNbd {
    Special.requirePositive("r", r);
    Special.requirePositive("alpha", alpha);
    Special.requirePositive("s", s);
    Special.requirePositive("beta", beta);
  }

  /** Fits the model by maximum likelihood; see {@link BgNbd#fit} for the errors. */
  public static FittedModel<ParetoNbd> fit(PurchaseHistories d) {
    d.requireRepeatBuyers("pnbd");
    MaximumLikelihood.LogLikelihood ll = likelihood(d);
    double meanX = Math.max(d.repeatPurchases() / d.customers(), 1e-3);
    double alpha0 = Math.max(d.meanAge(), 1e-3) / meanX;
    double beta0 = Math.max(d.meanAge(), 1e-3);
    List<double[]> starts = List.of(
        new double[] {1, alpha0, 1, beta0},
        new double[] {0.5, alpha0, 0.5, beta0},
        new double[] {1, 1, 1, 1},
        new double[] {2, 2 * alpha0, 2, 4 * beta0},
        new double[] {0.2, alpha0 / 5, 0.3, beta0 / 4});
    MaximumLikelihood.Estimate e = MaximumLikelihood.maximise("pnbd", List.of("r", "alpha", "s", "beta"), ll, starts);
    double[] p = e.params();
    return FittedModel.of(new ParetoNbd(p[0], p[1], p[2], p[3]), e, d.customers());
  }

  /** The total log-likelihood and its analytic gradient in the log-parameters, for the optimiser. */
  static MaximumLikelihood.LogLikelihood likelihood(PurchaseHistories d) {
    int maxX = d.maxFrequency();
    int n = d.patterns();
    double[] sumLnR = new double[maxX + 1];
    double[] sumInvR = new double[maxX + 1];
    Integral in = new Integral();
    return (phi, grad) -> {
      double r = Math.exp(phi[0]);
      double alpha = Math.exp(phi[1]);
      double s = Math.exp(phi[2]);
      double beta = Math.exp(phi[3]);
      for (int j = 1; j <= maxX; j++) {
        sumLnR[j] = sumLnR[j - 1] + Math.log(r + j - 1);
        sumInvR[j] = sumInvR[j - 1] + 1 / (r + j - 1);
      }
      double lnAlpha = Math.log(alpha);
      double lnBeta = Math.log(beta);
      double lnS = Math.log(s);
      double total = 0;
      double gr = 0;
      double ga = 0;
      double gs = 0;
      double gb = 0;
      for (int i = 0; i < n; i++) {
        int x = d.x[i];
        double q = r + x;
        double age = d.age[i];
        double w = d.w[i];
        double lnAT = Math.log(alpha + age);
        double lnBT = Math.log(beta + age);
        double l1 = -q * lnAT - s * lnBT;
        in.compute(q, alpha, s, beta, d.tx[i], age);
        double l2 = lnS + in.logI;
        double m = Math.max(l1, l2);
        double e1 = Math.exp(l1 - m);
        double e2 = Math.exp(l2 - m);
        double p1 = e1 / (e1 + e2);
        double p2 = e2 / (e1 + e2);
        total += w * (sumLnR[x] + r * lnAlpha + s * lnBeta + m + Math.log(e1 + e2));
        gr += w * (sumInvR[x] + lnAlpha - p1 * lnAT - p2 * in.meanLnA);
        ga += w * (r / alpha - p1 * q / (alpha + age) - p2 * q * in.meanInvA);
        gs += w * (lnBeta - p1 * lnBT + p2 * (1 / s - in.meanLnB));
        gb += w * (s / beta - p1 * s / (beta + age) - p2 * (s + 1) * in.meanInvB);
      }
      grad[0] = gr * r;
      grad[1] = ga * alpha;
      grad[2] = gs * s;
      grad[3] = gb * beta;
      return total;
    };
  }

  @Override
  public String name() {
    return "pnbd";
  }

  @Override
  public Map<String, Double> parameters() {
    return ImmutableMap.of("r", r, "alpha", alpha, "s", s, "beta", beta);
  }

  @Override
  public double logLikelihood(PurchaseHistory h) {
    int x = h.frequency();
    double q = r + x;
    Integral in = new Integral();
    in.compute(q, alpha, s, beta, h.recency(), h.age());
    double l1 = -q * Math.log(alpha + h.age()) - s * Math.log(beta + h.age());
    return Special.lnGamma(q) - Special.lnGamma(r) + r * Math.log(alpha) + s * Math.log(beta)
        + Special.logSumExp(l1, Math.log(s) + in.logI);
  }

  @Override
  public double probabilityAlive(PurchaseHistory h) {
    double q = r + h.frequency();
    Integral in = new Integral();
    in.compute(q, alpha, s, beta, h.recency(), h.age());
    double logOdds = Math.log(s) + in.logI + q * Math.log(alpha + h.age()) + s * Math.log(beta + h.age());
    return Math.exp(-BetaGeometricNbd.softplus(logOdds));
  }

  /** E[X(t)] = r β / (α (s−1)) · [1 − (β/(β+t))^(s−1)] (and its limit r β / α · log(1 + t/β) at s = 1). */
  @Override
  public double expectedPurchases(double t) {
    Special.requireTime("t", t);
    return r * beta / alpha * Special.oneMinusExpOver(s - 1, Math.log1p(t / beta));
  }

  /** E[Y(t) | x, t_x, T] = (r+x)(β+T) / ((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)] · P(alive). */
  @Override
  public double conditionalExpectedPurchases(double t, PurchaseHistory h) {
    Special.requireTime("t", t);
    double bt = beta + h.age();
    return (r + h.frequency()) * bt / (alpha + h.age()) * Special.oneMinusExpOver(s - 1, Math.log1p(t / bt))
        * probabilityAlive(h);
  }

  /**
   * P(X(t) = n) = (β/(β+t))^s · NB(n; r, α/(α+t)) + ∫_0^t s β^s (β+τ)^−(s+1) NB(n; r, α/(α+τ)) dτ: alive
   * at t, or dropped out at τ &lt; t, with NB the negative binomial of a Gamma-Poisson count over the time alive.
   */
  @Override
  public double purchaseCountProbability(int n, double t) {
    io.crmkit.core.ValidationException.check(n >= 0, "n", "must be >= 0, was " + n);
    Special.requireTime("t", t);
    double alive = Math.exp(s * Math.log(beta / (beta + t)));
    double p = alive * negativeBinomial(n, t);
    // in w = log(1 + τ/β) the lifetime density s β^s (β+τ)^−(s+1) dτ is s e^(−s w) dw: smooth, no endpoint spike
    double span = Math.log1p(t / beta);
    GaussLegendre gl = GaussLegendre.max(GaussLegendre.N64, GaussLegendre.forSteepness(s * span));
    double sum = 0;
    for (int j = 0; j < gl.nodes.length; j++) {
      double w = gl.nodes[j] * span;
      sum += gl.weights[j] * s * Math.exp(-s * w) * negativeBinomial(n, beta * Math.expm1(w));
    }
    return p + sum * span;
  }

  private double negativeBinomial(int n, double t) {
    if (t == 0) {
      return n == 0 ? 1 : 0;
    }
    return Math.exp(Special.lnGamma(r + n) - Special.lnGamma(r) - Special.lnFactorial(n)
        + r * Math.log(alpha / (alpha + t)) + n * Math.log(t / (alpha + t)));
  }

  /**
   * log I and the I-weighted means of log(α+τ), 1/(α+τ), log(β+τ), 1/(β+τ) over [t_x, T], which give I's
   * derivatives: ∂log I/∂r = −⟨log(α+τ)⟩, ∂log I/∂α = −(r+x)⟨1/(α+τ)⟩, ∂log I/∂s = −⟨log(β+τ)⟩,
   * ∂log I/∂β = −(s+1)⟨1/(β+τ)⟩.
   */
  static final class Integral {
    double logI;
    double meanLnA;
    double meanInvA;
    double meanLnB;
    double meanInvB;
    private final double[] logF = new double[256];
    private final double[] lnB = new double[256];
    private final double[] invA = new double[256];
    private final double[] invB = new double[256];

    void compute(double q, double alpha, double s, double beta, double tx, double age) {
      double c = alpha + tx;
      double lnC = Math.log(c);
      double span = Math.log((alpha + age) / c); // Y
      if (!(span > 0)) {
        logI = Double.NEGATIVE_INFINITY;
        meanLnA = meanInvA = meanLnB = meanInvB = 0;
        return;
      }
      double m = q - 1;
      GaussLegendre gl = GaussLegendre.forSteepness(m * span);
      if (alpha > beta) {
        // β+τ vanishes at y* = log((α−β)/(α+t_x)) < 0: the nearer that pole, the more points are needed
        gl = GaussLegendre.max(gl, GaussLegendre.forPole(Math.log(c / (alpha - beta)), span));
      }
      int k = gl.nodes.length;
      double max = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < k; j++) {
        double y = gl.nodes[j] * span;
        double ey = Math.exp(y);
        double b = beta + tx * ey + alpha * Math.expm1(y); // β+τ without cancelling α
        double lb = Math.log(b);
        lnB[j] = lb;
        invA[j] = 1 / (c * ey);
        invB[j] = 1 / b;
        logF[j] = -m * y - (s + 1) * lb;
        max = Math.max(max, logF[j]);
      }
      double sum = 0;
      double sy = 0;
      double sInvA = 0;
      double sLnB = 0;
      double sInvB = 0;
      for (int j = 0; j < k; j++) {
        double wf = gl.weights[j] * Math.exp(logF[j] - max);
        sum += wf;
        sy += wf * gl.nodes[j];
        sInvA += wf * invA[j];
        sLnB += wf * lnB[j];
        sInvB += wf * invB[j];
      }
      logI = (1 - q) * lnC + max + Math.log(sum * span);
      meanLnA = lnC + span * sy / sum; // log(α+τ) = log c + y
      meanInvA = sInvA / sum;
      meanLnB = sLnB / sum;
      meanInvB = sInvB / sum;
    }
  }
}
