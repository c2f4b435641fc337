package io.crmkit.analytics.clv;

/**
 * The Pareto/NBD log-likelihood in the papers' 2F1 form (Fader &amp; Hardie 2005 note, eq. 22), with its two
 * branches, as an independent check of the quadrature in {@link ParetoNbd}.
 */
final class ParetoNbdExact {
  private ParetoNbdExact() {}

  static double logLikelihood(ParetoNbd m, PurchaseHistory h) {
    double r = m.r();
    double alpha = m.alpha();
    double s = m.s();
    double beta = m.beta();
    int x = h.frequency();
    double tx = h.recency();
    double age = h.age();
    double rsx = r + s + x;
    double head = Special.lnGamma(r + x) - Special.lnGamma(r) + r * Math.log(alpha) + s * Math.log(beta);
    double l1 = -(r + x) * Math.log(alpha + age) - s * Math.log(beta + age);
    double logA0Tx;
    double logA0T;
    if (alpha >= beta) {
      logA0Tx = Hypergeometric.log2F1(rsx, s + 1, rsx + 1, (alpha - beta) / (alpha + tx)) - rsx * Math.log(alpha + tx);
      logA0T = Hypergeometric.log2F1(rsx, s + 1, rsx + 1, (alpha - beta) / (alpha + age)) - rsx * Math.log(alpha + age);
    } else {
      logA0Tx = Hypergeometric.log2F1(rsx, r + x, rsx + 1, (beta - alpha) / (beta + tx)) - rsx * Math.log(beta + tx);
      logA0T = Hypergeometric.log2F1(rsx, r + x, rsx + 1, (beta - alpha) / (beta + age)) - rsx * Math.log(beta + age);
    }
    // log(A0(t_x) − A0(T)), A0(t_x) ≥ A0(T)
    double logDiff = logA0Tx + Math.log(-Math.expm1(logA0T - logA0Tx));
    return head + Special.logSumExp(l1, Math.log(s / rsx) + logDiff);
  }
}
