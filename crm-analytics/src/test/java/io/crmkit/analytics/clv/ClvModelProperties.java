package io.crmkit.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of every model for random parameters: the analytic gradients are the derivatives of the likelihoods
 * (central differences), the optimiser's fast likelihood is the per-customer formula summed, probabilities are
 * probabilities, pmfs sum to one with the model's mean, and expectations grow with time.
 */
class ClvModelProperties {
  static final PurchaseHistories SMALL = PurchaseHistories.builder()
      .add(0, 0, 10, 3).add(1, 2, 10, 1).add(3, 8, 12, 2).add(7, 9.5, 10, 1).add(0, 0, 3, 5).add(12, 20, 25, 1)
      .add(2, 0.5, 30, 2).build();
  static final SpendHistories SPEND = SpendHistories.builder()
      .add(1, 12.5, 3).add(2, 40, 1).add(5, 18.2, 2).add(9, 55.1, 1).build();
  static final DiscreteHistories DISCRETE = DiscreteHistories.builder()
      .add(new DiscreteHistory(0, 0, 6), 30).add(new DiscreteHistory(1, 1, 6), 9).add(new DiscreteHistory(3, 5, 6), 4)
      .add(new DiscreteHistory(6, 6, 6), 11).add(new DiscreteHistory(2, 3, 4), 2).build();
  static final List<RetentionCurve> COHORTS =
      List.of(RetentionCurve.of(1000, 631, 468, 382), RetentionCurve.of(500, 400, 350));

  @Property(tries = 60)
  void gradientsAreTheDerivativesOfTheLikelihoods(
      @ForAll @DoubleRange(min = -2, max = 2) double a, @ForAll @DoubleRange(min = -2, max = 2) double b,
      @ForAll @DoubleRange(min = -2, max = 2) double c, @ForAll @DoubleRange(min = -2, max = 2) double d) {
    double[] four = {a, b, c, d};
    checkGradient(BetaGeometricNbd.likelihood(SMALL, 0), four);
    checkGradient(BetaGeometricNbd.likelihood(SMALL, 1), four);
    checkGradient(ParetoNbd.likelihood(SMALL), four);
    checkGradient(BgBb.likelihood(DISCRETE), four);
    checkGradient(GammaGamma.likelihood(SPEND), new double[] {a, b, c});
    checkGradient(ShiftedBetaGeometric.likelihood(COHORTS), new double[] {a, b});
  }

  static void checkGradient(MaximumLikelihood.LogLikelihood ll, double[] phi) {
    double[] g = new double[phi.length];
    ll.evaluate(phi, g);
    double[] scratch = new double[phi.length];
    for (int i = 0; i < phi.length; i++) {
      double h = 1e-5;
      double[] up = phi.clone();
      double[] down = phi.clone();
      up[i] += h;
      down[i] -= h;
      double numeric = (ll.evaluate(up, scratch) - ll.evaluate(down, scratch)) / (2 * h);
      assertThat(g[i]).as("∂/∂φ%s", i).isCloseTo(numeric, within(1e-5 * (1 + Math.abs(numeric))));
    }
  }

  @Property(tries = 60)
  void theFastLikelihoodIsThePerCustomerFormulaSummed(
      @ForAll @DoubleRange(min = 0.05, max = 5) double a, @ForAll @DoubleRange(min = 0.05, max = 20) double b,
      @ForAll @DoubleRange(min = 0.05, max = 5) double c, @ForAll @DoubleRange(min = 0.05, max = 20) double d) {
    double[] phi = {Math.log(a), Math.log(b), Math.log(c), Math.log(d)};
    double[] g = new double[4];
    assertThat(BetaGeometricNbd.likelihood(SMALL, 0).evaluate(phi, g))
        .isCloseTo(new BgNbd(a, b, c, d).logLikelihood(SMALL), within(1e-9));
    assertThat(BetaGeometricNbd.likelihood(SMALL, 1).evaluate(phi, g))
        .isCloseTo(new ModifiedBgNbd(a, b, c, d).logLikelihood(SMALL), within(1e-9));
    assertThat(ParetoNbd.likelihood(SMALL).evaluate(phi, g))
        .isCloseTo(new ParetoNbd(a, b, c, d).logLikelihood(SMALL), within(1e-9));
    assertThat(BgBb.likelihood(DISCRETE).evaluate(phi, g))
        .isCloseTo(new BgBb(a, b, c, d).logLikelihood(DISCRETE), within(1e-9));
    assertThat(GammaGamma.likelihood(SPEND).evaluate(new double[] {phi[0], phi[1], phi[2]}, new double[3]))
        .isCloseTo(new GammaGamma(a, b, c).logLikelihood(SPEND), within(1e-9));
  }

  @Property(tries = 40)
  void purchaseCountsAreADistributionWithTheModelsMean(
      @ForAll @DoubleRange(min = 0.1, max = 3) double r, @ForAll @DoubleRange(min = 1, max = 20) double alpha,
      @ForAll @DoubleRange(min = 1.2, max = 5) double a, @ForAll @DoubleRange(min = 0.5, max = 10) double b,
      @ForAll @DoubleRange(min = 0.5, max = 20) double t) {
    for (PurchaseModel m : List.of(new BgNbd(r, alpha, a, b), new ModifiedBgNbd(r, alpha, a, b),
        new ParetoNbd(r, alpha, a, b))) {
      double total = 0;
      double mean = 0;
      for (int n = 0; n <= 600; n++) {
        double p = m.purchaseCountProbability(n, t);
        assertThat(p).as("%s P(X(%s)=%s)", m, t, n).isBetween(0.0, 1.0);
        total += p;
        mean += n * p;
      }
      assertThat(total).as("%s Σ P(X(%s)=n)", m, t).isCloseTo(1.0, within(1e-7));
      assertThat(mean).as("%s mean of X(%s)", m, t).isCloseTo(m.expectedPurchases(t), within(1e-6 * (1 + mean)));
    }
  }

  @Property(tries = 60)
  void predictionsAreProbabilitiesAndGrowWithTime(
      @ForAll @DoubleRange(min = 0.05, max = 3) double r, @ForAll @DoubleRange(min = 0.5, max = 20) double alpha,
      @ForAll @DoubleRange(min = 0.1, max = 5) double a, @ForAll @DoubleRange(min = 0.1, max = 10) double b,
      @ForAll @IntRange(min = 0, max = 200) int x, @ForAll @DoubleRange(min = 0, max = 1) double recencyShare,
      @ForAll @DoubleRange(min = 0.1, max = 100) double age) {
    PurchaseHistory h = new PurchaseHistory(x, x == 0 ? 0 : recencyShare * age, age);
    for (PurchaseModel m : List.of(new BgNbd(r, alpha, a, b), new ModifiedBgNbd(r, alpha, a, b),
        new ParetoNbd(r, alpha, a, b))) {
      if ((Math.abs(a - 1) < 1e-3 || a + b <= 1) && !(m instanceof ParetoNbd)) {
        continue; // the closed forms need a ≠ 1 and a + b > 1 (checked by ValidationException in ClvErrorsTest)
      }
      double alive = m.probabilityAlive(h);
      assertThat(alive).as("%s P(alive | %s)", m, h).isBetween(0.0, 1.0);
      double previous = 0;
      for (double t : new double[] {0, 1, 10, 52, 520}) {
        double e = m.conditionalExpectedPurchases(t, h);
        assertThat(e).as("%s E[Y(%s) | %s]", m, t, h).isFinite().isGreaterThanOrEqualTo(previous - 1e-9);
        previous = e;
        double u = m.expectedPurchases(t);
        assertThat(u).isFinite().isGreaterThanOrEqualTo(0);
      }
    }
  }

  @Property(tries = 60)
  void bgbbPurchaseCountsAreADistribution(
      @ForAll @DoubleRange(min = 0.1, max = 5) double alpha, @ForAll @DoubleRange(min = 0.1, max = 5) double beta,
      @ForAll @DoubleRange(min = 0.1, max = 5) double gamma, @ForAll @DoubleRange(min = 0.1, max = 5) double delta,
      @ForAll @IntRange(min = 0, max = 30) int n) {
    BgBb m = new BgBb(alpha, beta, gamma, delta);
    double total = 0;
    for (int x = 0; x <= n; x++) {
      total += m.purchaseCountProbability(x, n);
    }
    assertThat(total).isCloseTo(1.0, within(1e-10));
    for (DiscreteHistory h : DISCRETE.patterns()) {
      assertThat(m.probabilityAlive(h)).isBetween(0.0, 1.0);
      assertThat(m.conditionalExpectedPurchases(5, h)).isBetween(0.0, 5.0);
    }
  }

  @Property(tries = 60)
  void sbgSurvivalIsTheRecursionAndFalls(
      @ForAll @DoubleRange(min = 0.05, max = 10) double gamma, @ForAll @DoubleRange(min = 0.05, max = 10) double delta) {
    ShiftedBetaGeometric m = new ShiftedBetaGeometric(gamma, delta);
    double lost = 0;
    for (int t = 1; t <= 40; t++) {
      lost += m.churnProbability(t);
      assertThat(m.survival(t)).isCloseTo(1 - lost, within(1e-12)).isLessThanOrEqualTo(m.survival(t - 1));
      assertThat(m.retentionRate(t)).isBetween(0.0, 1.0);
      if (t > 1) {
        assertThat(m.retentionRate(t)).isGreaterThanOrEqualTo(m.retentionRate(t - 1));
      }
    }
  }
}
