package io.crmkit.analytics.clv;

import org.hipparchus.special.Gamma;

/** Log-space helpers shared by the models. */
final class Special {
  private Special() {}

  /** log(e^a + e^b) without overflow; -inf arguments are fine. */
  static double logSumExp(double a, double b) {
    double m = Math.max(a, b);
    if (m == Double.NEGATIVE_INFINITY) {
      return m;
    }
    return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
  }

  static double lnGamma(double x) {
    return Gamma.logGamma(x);
  }

  static double digamma(double x) {
    return Gamma.digamma(x);
  }

  /** log B(a, b). */
  static double lnBeta(double a, double b) {
    return Gamma.logGamma(a) + Gamma.logGamma(b) - Gamma.logGamma(a + b);
  }

  /** log(n!) */
  static double lnFactorial(int n) {
    return Gamma.logGamma(n + 1.0);
  }

  /** (1 − e^{−c·L}) / c, continuous at c = 0 (where it is L). */
  static double oneMinusExpOver(double c, double l) {
    return Math.abs(c) < 1e-12 ? l : -Math.expm1(-c * l) / c;
  }

  static void requirePositive(String name, double v) {
    io.crmkit.core.ValidationException.check(Double.isFinite(v) && v > 0, name, "must be > 0, was " + v);
  }

  static void requireTime(String name, double t) {
    io.crmkit.core.ValidationException.check(Double.isFinite(t) && t >= 0, name, "must be a time >= 0, was " + t);
  }
}
