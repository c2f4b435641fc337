package io.crmkit.analytics.clv;

/**
 * The Gauss hypergeometric function 2F1(a, b; c; z) for the cases the CLV models need: a, b, c > 0 and
 * 0 <= z < 1, where every term of the series is positive. The sum is kept as a mantissa and a running log
 * scale, so it never overflows however large it grows (heavy buyers give sums near 1e60 and beyond, which is
 * what makes the library functions of other implementations return inf/NaN); the caller combines the log
 * with its other factors in log space.
 */
final class Hypergeometric {
  private static final int MAX_TERMS = 5_000_000;

  private Hypergeometric() {}

  /** log 2F1(a, b; c; z) by its power series, summed to full double precision. */
  static double log2F1(double a, double b, double c, double z) {
    if (!(a > 0 && b > 0 && c > 0 && z >= 0 && z < 1)) {
      throw new ArithmeticException(
          "2F1 needs a, b, c > 0 and 0 <= z < 1, got a=" + a + " b=" + b + " c=" + c + " z=" + z);
    }
    if (z == 0) {
      return 0.0;
    }
    double term = 1.0;
    double sum = 1.0;
    double logScale = 0.0;
    for (int k = 0; k < MAX_TERMS; k++) {
      double ratio = (a + k) * (b + k) / ((c + k) * (k + 1.0)) * z;
      term *= ratio;
      sum += term;
      if (sum > 1e280) { // rescale: keep mantissa and scale apart
        term /= sum;
        logScale += Math.log(sum);
        sum = 1.0;
      }
      // the term ratios tend to z; once they are below 1, later ones stay below max(ratio, z), so the
      // remaining tail is below term·r/(1-r) with that r
      double r = Math.max(ratio, z);
      if (r < 1 && term * r / (1 - r) <= 1e-17 * sum) {
        return logScale + Math.log(sum);
      }
    }
    throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") did not converge");
  }
}
