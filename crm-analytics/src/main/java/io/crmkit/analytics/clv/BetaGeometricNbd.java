package io.crmkit.analytics.clv;

import java.util.List;

/**
 * The mathematics BG/NBD (Fader, Hardie &amp; Lee 2005) and MBG/NBD (Batislam, Denizel &amp; Filiztekin 2007)
 * share. A customer buys at Poisson rate λ ~ Gamma(r, α) and drops out with probability p ~ Beta(a, b) after
 * each repeat purchase (BG/NBD, {@code shift} 0) or after each purchase including the first (MBG/NBD,
 * {@code shift} 1). With s = shift, the likelihood of (x, t_x, T) is
 * <pre>
 * L = Γ(r+x) α^r / Γ(r) · B(a, b+x+s)/B(a, b) · [ (α+T)^−(r+x) + [x+s&gt;0] · a/(b+x+s−1) · (α+t_x)^−(r+x) ]
 * </pre>
 * evaluated in log space; Γ(r+x)/Γ(r) and the beta ratios are finite products over k &lt; x (+s), so the
 * gradient needs no digamma. The predictions are those of the papers with b replaced by b + s.
 */
final class BetaGeometricNbd {
  private BetaGeometricNbd() {}

  static MaximumLikelihood.Estimate fit(String model, PurchaseHistories d, int shift) {
    d.requireRepeatBuyers(model);
    double meanX = Math.max(d.repeatPurchases() / d.customers(), 1e-3);
    double meanT = Math.max(d.meanAge(), 1e-3);
    MaximumLikelihood.LogLikelihood ll = likelihood(d, shift);
    double alpha0 = meanT / meanX;
    List<double[]> starts = List.of(
        new double[] {1, alpha0, 1, 1},
        new double[] {0.5, alpha0 / 2, 0.5, 2},
        new double[] {1, 1, 1, 1},
        new double[] {2, 4 * alpha0, 2, 5},
        new double[] {0.2, alpha0 / 5, 1.5, 0.5});
    return MaximumLikelihood.maximise(model, List.of("r", "alpha", "a", "b"), ll, starts, true);
  }


  /** The total log-likelihood and its analytic gradient in the log-parameters, for the optimiser. */
  static MaximumLikelihood.LogLikelihood likelihood(PurchaseHistories d, int shift) {
    int maxX = d.maxFrequency() + shift;
    int n = d.patterns();
    // the logs of α+T and α+t_x are taken once per distinct T and t_x, not once per pattern
    Distinct ages = new Distinct(d.age);
    Distinct recencies = new Distinct(d.tx);
    double[] lnAT = new double[ages.values.length];
    double[] invAT = new double[ages.values.length];
    double[] lnAtx = new double[recencies.values.length];
    double[] invAtx = new double[recencies.values.length];
    double[] lnBx = new double[maxX + 1];
    double[] sumLnR = new double[maxX + 1];
    double[] sumInvR = new double[maxX + 1];
    double[] sumLnB = new double[maxX + 1];
    double[] sumInvB = new double[maxX + 1];
    double[] sumLnAb = new double[maxX + 1];
    double[] sumInvAb = new double[maxX + 1];
    return (phi, grad) -> {
      double r = Math.exp(phi[0]);
      double alpha = Math.exp(phi[1]);
      double a = Math.exp(phi[2]);
      double b = Math.exp(phi[3]);
      // prefix sums over k < j of log(r + k), 1/(r + k), ... for every count j that occurs
      for (int j = 1; j <= maxX; j++) {
        int k = j - 1;
        sumLnR[j] = sumLnR[j - 1] + Math.log(r + k);
        sumInvR[j] = sumInvR[j - 1] + 1 / (r + k);
        sumLnB[j] = sumLnB[j - 1] + Math.log(b + k);
        sumInvB[j] = sumInvB[j - 1] + 1 / (b + k);
        sumLnAb[j] = sumLnAb[j - 1] + Math.log(a + b + k);
        sumInvAb[j] = sumInvAb[j - 1] + 1 / (a + b + k);
      }
      for (int j = 0; j < lnAT.length; j++) {
        lnAT[j] = Math.log(alpha + ages.values[j]);
        invAT[j] = 1 / (alpha + ages.values[j]);
      }
      for (int j = 0; j < lnAtx.length; j++) {
        lnAtx[j] = Math.log(alpha + recencies.values[j]);
        invAtx[j] = 1 / (alpha + recencies.values[j]);
      }
      for (int j = 1; j <= maxX; j++) {
        lnBx[j] = Math.log(b + j - 1);
      }
      double lnAlpha = Math.log(alpha);
      double lnA = Math.log(a);
      double total = 0;
      double gr = 0;
      double galpha = 0;
      double ga = 0;
      double gb = 0;
      for (int i = 0; i < n; i++) {
        int x = d.x[i];
        int xs = x + shift;
        double w = d.w[i];
        double rx = r + x;
        int ai = ages.index[i];
        double l3 = -rx * lnAT[ai];
        double head = sumLnR[x] + r * lnAlpha + sumLnB[xs] - sumLnAb[xs];
        double dr = sumInvR[x] + lnAlpha;
        double da = -sumInvAb[xs];
        double db = sumInvB[xs] - sumInvAb[xs];
        double dalpha = r / alpha;
        if (xs > 0) {
          double bx = b + xs - 1;
          int ti = recencies.index[i];
          double l4 = lnA - lnBx[xs] - rx * lnAtx[ti];
          // log(e^l3 + e^l4) = max + log(1 + e^−|l3 − l4|): one exp and one log per pattern
          double gap = l4 - l3;
          double e = Math.exp(-Math.abs(gap));
          double s = 1 + e;
          double small = e / s;
          double p3 = gap > 0 ? small : 1 - small;
          double p4 = gap > 0 ? 1 - small : small;
          total += w * (head + (gap > 0 ? l4 : l3) + Math.log(s));
          dr -= p3 * lnAT[ai] + p4 * lnAtx[ti];
          dalpha -= rx * (p3 * invAT[ai] + p4 * invAtx[ti]);
          da += p4 / a;
          db -= p4 / bx;
        } else {
          total += w * (head + l3);
          dr -= lnAT[ai];
          dalpha -= rx * invAT[ai];
        }
        gr += w * dr;
        galpha += w * dalpha;
        ga += w * da;
        gb += w * db;
      }
      grad[0] = gr * r;
      grad[1] = galpha * alpha;
      grad[2] = ga * a;
      grad[3] = gb * b;
      return total;
    };
  }

  /** The distinct values of an array and, for each element, the index of its value. */
  static final class Distinct {
    final double[] values;
    final int[] index;

    Distinct(double[] all) {
      java.util.Map<Double, Integer> seen = new java.util.HashMap<>();
      index = new int[all.length];
      double[] v = new double[all.length];
      for (int i = 0; i < all.length; i++) {
        Integer at = seen.get(all[i]);
        if (at == null) {
          at = seen.size();
          seen.put(all[i], at);
          v[at] = all[i];
        }
        index[i] = at;
      }
      values = java.util.Arrays.copyOf(v, seen.size());
    }
  }

  static double logLikelihood(double r, double alpha, double a, double b, int shift, PurchaseHistory h) {
    int x = h.frequency();
    int xs = x + shift;
    double head = Special.lnGamma(r + x) - Special.lnGamma(r) + r * Math.log(alpha)
        + Special.lnBeta(a, b + xs) - Special.lnBeta(a, b);
    double l3 = -(r + x) * Math.log(alpha + h.age());
    if (xs == 0) {
      return head + l3;
    }
    double l4 = Math.log(a) - Math.log(b + xs - 1) - (r + x) * Math.log(alpha + h.recency());
    return head + Special.logSumExp(l3, l4);
  }

  /**
   * E[X(t)] = (a+b−1)/(a−1) · [1 − (α/(α+t))^r · 2F1(r, b; a+b−1; t/(α+t))] for BG/NBD and
   * b/(a−1) · [1 − (α/(α+t))^r · 2F1(r, b+1; a+b; t/(α+t))] for MBG/NBD (whose customer may be gone at 0).
   */
  static double expected(double r, double alpha, double a, double b, int shift, double t) {
    Special.requireTime("t", t);
    if (t == 0) {
      return 0;
    }
    double bs = b + shift;
    requireSeriesDomain(a, bs);
    double logTerm = r * Math.log(alpha / (alpha + t)) + Hypergeometric.log2F1(r, bs, a + bs - 1, t / (alpha + t));
    double aliveAtStart = shift == 0 ? 1 : b / (a + b);
    return aliveAtStart * (a + bs - 1) / (a - 1) * -Math.expm1(logTerm);
  }

  /** The closed forms need a ≠ 1 and a + b' &gt; 1 (the 2F1's third argument positive). */
  private static void requireSeriesDomain(double a, double bs) {
    io.crmkit.core.ValidationException.check(a != 1, "a", "must not be exactly 1 for the expectations (a removable"
        + " singularity of the closed form); use a value such as 1.000001");
    io.crmkit.core.ValidationException.check(a + bs > 1, "b", "the expectations need a + b > 1 (BG/NBD) or"
        + " a + b > 0 (MBG/NBD), was a=" + a + ", b + shift + x = " + bs);
  }

  /** log of a/(b'+x−1) · ((α+T)/(α+t_x))^(r+x): the odds of having dropped out (−inf when it cannot have). */
  private static double logDeadOdds(double r, double alpha, double a, double b, int shift, PurchaseHistory h) {
    int xs = h.frequency() + shift;
    if (xs == 0) {
      return Double.NEGATIVE_INFINITY;
    }
    return Math.log(a) - Math.log(b + xs - 1)
        + (r + h.frequency()) * (Math.log(alpha + h.age()) - Math.log(alpha + h.recency()));
  }

  /** 1 / (1 + odds), computed as exp(−log(1 + e^L)) so that it never becomes NaN. */
  static double probabilityAlive(double r, double alpha, double a, double b, int shift, PurchaseHistory h) {
    return Math.exp(-softplus(logDeadOdds(r, alpha, a, b, shift, h)));
  }

  static double conditional(double r, double alpha, double a, double b, int shift, double t, PurchaseHistory h) {
    Special.requireTime("t", t);
    if (t == 0) {
      return 0;
    }
    int x = h.frequency();
    double bs = b + shift;
    requireSeriesDomain(a, bs + x);
    double at = alpha + h.age();
    double logTerm = (r + x) * Math.log(at / (at + t))
        + Hypergeometric.log2F1(r + x, bs + x, a + bs + x - 1, t / (at + t));
    double bracket = -Math.expm1(logTerm);
    return (a + bs + x - 1) / (a - 1) * bracket * probabilityAlive(r, alpha, a, b, shift, h);
  }

  /**
   * P(X(t) = n) = B(a, b'+n)/B(a,b) · NB(n) + [n+s&gt;0] · B(a+1, b'+n−1)/B(a,b) · (1 − Σ_{j&lt;n} NB(j)), where
   * NB(j) = Γ(r+j)/(Γ(r) j!) · (α/(α+t))^r (t/(α+t))^j and b' = b + shift.
   */
  static double pmf(double r, double alpha, double a, double b, int shift, int n, double t) {
    io.crmkit.core.ValidationException.check(n >= 0, "n", "must be >= 0, was " + n);
    Special.requireTime("t", t);
    double bs = b + shift;
    double lnP = Math.log(alpha / (alpha + t));
    double lnQ = t == 0 ? Double.NEGATIVE_INFINITY : Math.log(t / (alpha + t));
    double lnBab = Special.lnBeta(a, b);
    double lnNbN = Special.lnGamma(r + n) - Special.lnGamma(r) - Special.lnFactorial(n) + r * lnP
        + (n == 0 ? 0 : n * lnQ);
    double alive = Math.exp(Special.lnBeta(a, bs + n) - lnBab + lnNbN);
    if (n + shift == 0) {
      return alive;
    }
    double cdf = 0; // Σ_{j<n} NB(j)
    double nb = Math.exp(r * lnP);
    double q = t / (alpha + t);
    for (int j = 0; j < n; j++) {
      cdf += nb;
      nb *= (r + j) / (j + 1) * q;
    }
    double tail = Math.max(0, 1 - cdf);
    return alive + Math.exp(Special.lnBeta(a + 1, bs + n - 1) - lnBab) * tail;
  }

  static double softplus(double l) {
    if (l == Double.NEGATIVE_INFINITY) {
      return 0;
    }
    return l > 0 ? l + Math.log1p(Math.exp(-l)) : Math.log1p(Math.exp(l));
  }
}
