package io.crmkit.analytics.clv;

import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;

/** Gauss-Legendre nodes and weights on [0, 1] (from Hipparchus), for 16 to 256 points. */
final class GaussLegendre {
  static final GaussLegendre N16 = new GaussLegendre(16);
  static final GaussLegendre N24 = new GaussLegendre(24);
  static final GaussLegendre N32 = new GaussLegendre(32);
  static final GaussLegendre N64 = new GaussLegendre(64);
  static final GaussLegendre N128 = new GaussLegendre(128);
  static final GaussLegendre N256 = new GaussLegendre(256);

  final double[] nodes;
  final double[] weights;

  private GaussLegendre(int n) {
    GaussIntegrator g = new GaussIntegratorFactory().legendre(n, 0, 1);
    nodes = new double[n];
    weights = new double[n];
    for (int i = 0; i < n; i++) {
      nodes[i] = g.getPoint(i);
      weights[i] = g.getWeight(i);
    }
  }

  /**
   * Enough points for an integrand over [0, span] with a pole at distance {@code distance} before 0: the error
   * falls like ρ^(−2n), ρ the sum of the semi-axes of the largest Bernstein ellipse free of the pole.
   */
  static GaussLegendre forPole(double distance, double span) {
    double u = 2 * distance / span;
    double rho = 1 + u + Math.sqrt(u * u + 2 * u);
    double n = 15 / Math.log(rho);
    for (GaussLegendre g : new GaussLegendre[] {N16, N24, N32, N64, N128}) {
      if (g.nodes.length >= n) {
        return g;
      }
    }
    return N256;
  }

  static GaussLegendre max(GaussLegendre a, GaussLegendre b) {
    return a.nodes.length >= b.nodes.length ? a : b;
  }

  /** Enough points for an integrand as steep as e^(−steepness·u) over [0, 1] to be integrated to ~1e-13. */
  static GaussLegendre forSteepness(double steepness) {
    double s = Math.abs(steepness);
    if (s <= 4) {
      return N16;
    }
    if (s <= 12) {
      return N24;
    }
    if (s <= 30) {
      return N32;
    }
    if (s <= 80) {
      return N64;
    }
    return s <= 200 ? N128 : N256;
  }
}
