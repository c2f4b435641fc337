package io.crmkit.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.analytics.summary.CustomerSummary;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pareto/NBD on CDNOW against Fader, Hardie &amp; Lee (2005), the BTYD walkthrough and CLVTools (SOURCE.md). */
class ParetoNbdCdnowTest {
  static FittedModel<ParetoNbd> exact;

  @BeforeAll
  static void fitOnce() {
    exact = ParetoNbd.fit(CdnowSummaries.exact());
  }

  @Test
  void theFitReproducesThePublishedMaximum() {
    ParetoNbd m = exact.model();
    // r = 0.553, α = 10.578, s = 0.606, β = 11.669 (paper, CLVTools), LL = −9594.976; β is flat: ±0.02
    assertThat(m.r()).isCloseTo(0.553, within(5e-4));
    assertThat(m.alpha()).isCloseTo(10.578, within(2e-3));
    assertThat(m.s()).isCloseTo(0.606, within(5e-4));
    assertThat(m.beta()).isCloseTo(11.669, within(0.02));
    assertThat(exact.logLikelihood()).isCloseTo(-9594.976, within(1e-3));
    assertThat(exact.standardErrors().keySet()).containsExactly("r", "alpha", "s", "beta");
  }

  @Test
  void onThePublishedSummaryTheLogLikelihoodRoundsToThePapers() {
    assertThat(ParetoNbd.fit(CdnowSummaries.published()).logLikelihood()).isCloseTo(-9595.0, within(0.05));
  }

  @Test
  void theBtydWalkthroughCustomersAreReproduced() {
    ParetoNbd m = exact.model();
    PurchaseHistory c1516 = new PurchaseHistory(26, 30.85714, 31);
    assertThat(m.conditionalExpectedPurchases(52, c1516)).isCloseTo(25.45647, within(3e-3));
    assertThat(m.probabilityAlive(c1516)).isCloseTo(0.997874, within(2e-6));
    assertThat(m.expectedPurchases(52)).isCloseTo(1.473434, within(2e-4));
    int[] x = {10, 15, 20, 25};
    double[] expected = {0.7062289, 0.1442396, 0.02250658, 0.00309267};
    for (int i = 0; i < x.length; i++) {
      double e = m.conditionalExpectedPurchases(52, new PurchaseHistory(x[i], 20, 39));
      assertThat(e).as("x = %s", x[i]).isCloseTo(expected[i], within(expected[i] * 1e-3));
    }
  }

  @Test
  void theHoldoutPredictionMatchesBtyd() {
    ParetoNbd m = exact.model();
    double predicted = 0;
    for (CustomerSummary c : CdnowSummaries.summaries()) {
      predicted += m.conditionalExpectedPurchases(39, new PurchaseHistory(c.frequency(), c.recency(), c.age()));
    }
    assertThat(predicted).isCloseTo(1665.4, within(0.2));
  }

  @Test
  void theQuadratureAgreesWithThePapersHypergeometricForm() {
    PurchaseHistories d = CdnowSummaries.exact();
    // both branches of the 2F1 form (α < β and α > β), including a pole close to the interval (β ≪ α)
    List<ParetoNbd> models = List.of(exact.model(), new ParetoNbd(0.5, 20, 0.6, 2), new ParetoNbd(2, 1, 3, 40),
        new ParetoNbd(0.3, 3, 0.1, 0.05));
    for (ParetoNbd m : models) {
      for (int i = 0; i < d.patterns(); i++) {
        PurchaseHistory h = d.pattern(i);
        if (h.recency() < h.age()) {
          assertThat(m.logLikelihood(h)).as("%s at %s", m, h).isCloseTo(ParetoNbdExact.logLikelihood(m, h), within(1e-9));
        }
      }
    }
  }

  @Test
  void onTheWholeSeventyEightWeeksTheFitMatchesBtydsDertExample() {
    // BTYD 2.4.3: r = 0.5629937, α = 12.55897, s = 0.4081087, β = 10.51481, LL = −17135.84 (T.cal = 1998-06-30)
    PurchaseHistories.Builder b = PurchaseHistories.builder();
    java.time.LocalDate end = java.time.LocalDate.of(1998, 6, 30);
    var whole = io.crmkit.analytics.summary.CustomerSummaries.summarise(
        CdnowSummaries.transactions(),
        io.crmkit.analytics.summary.SummaryConventions.of(io.crmkit.analytics.summary.PeriodUnit.WEEK, end));
    whole.forEach(c -> b.add(c.frequency(), c.recency(), c.age(), 1));
    PurchaseHistories d = b.build();
    assertThat(d.repeatPurchases()).isEqualTo(4339.0);
    FittedModel<ParetoNbd> f = ParetoNbd.fit(d);
    assertThat(f.logLikelihood()).isCloseTo(-17135.84, within(0.01));
    assertThat(f.model().r()).isCloseTo(0.5629937, within(2e-3));
    assertThat(f.model().s()).isCloseTo(0.4081087, within(2e-3));
  }
}
