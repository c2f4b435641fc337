package io.crmkit.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.ValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** BG/BB: the paper's donation data, hand-worked small cases and identities between the predictions. */
class BgBbTest {
  static DiscreteHistories donations() throws IOException {
    DiscreteHistories.Builder b = DiscreteHistories.builder();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        BgBbTest.class.getResourceAsStream("donations.csv"), StandardCharsets.UTF_8))) {
      in.readLine();
      for (String line; (line = in.readLine()) != null; ) {
        String[] f = line.split(",");
        b.add(new DiscreteHistory(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2])),
            Double.parseDouble(f[3]));
      }
    }
    return b.build();
  }

  @Test
  void theFitOnTheDonationDataMatchesThePaper() throws IOException {
    FittedModel<BgBb> f = BgBb.fit(donations());
    assertThat(f.customers()).isEqualTo(11104.0);
    assertThat(f.model().alpha()).isCloseTo(1.204, within(5e-4));
    assertThat(f.model().beta()).isCloseTo(0.750, within(5e-4));
    assertThat(f.model().gamma()).isCloseTo(0.657, within(5e-4));
    assertThat(f.model().delta()).isCloseTo(2.783, within(5e-4));
    assertThat(f.logLikelihood()).isCloseTo(-33225.6, within(0.05));
  }

  @Test
  void oneOpportunityWorkedByHand() {
    // n = 1 with α = β = γ = δ = 1: p and θ uniform. Bought: E[p] E[1−θ] = 1/2 · 1/2 = 1/4;
    // not bought: alive and no purchase 1/4, or gone before the opportunity 1/2 → 3/4.
    BgBb m = new BgBb(1, 1, 1, 1);
    assertThat(Math.exp(m.logLikelihood(new DiscreteHistory(1, 1, 1)))).isCloseTo(0.25, within(1e-12));
    assertThat(Math.exp(m.logLikelihood(new DiscreteHistory(0, 0, 1)))).isCloseTo(0.75, within(1e-12));
    assertThat(m.purchaseCountProbability(1, 1)).isCloseTo(0.25, within(1e-12));
    assertThat(m.expectedPurchases(1)).isCloseTo(0.25, within(1e-12));
    // alive in period 2 after buying in period 1: E[p(1−θ)^2]/L = (1/2 · 1/3)/(1/4) = 2/3
    assertThat(m.probabilityAlive(new DiscreteHistory(1, 1, 1))).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void thePmfSumsToOneAndItsMeanIsTheExpectation() {
    BgBb m = new BgBb(1.204, 0.750, 0.657, 2.783);
    for (int n : new int[] {0, 1, 6, 20}) {
      double total = 0;
      double mean = 0;
      for (int x = 0; x <= n; x++) {
        double p = m.purchaseCountProbability(x, n);
        total += p;
        mean += x * p;
      }
      assertThat(total).as("n = %s", n).isCloseTo(1.0, within(1e-12));
      assertThat(mean).as("n = %s", n).isCloseTo(m.expectedPurchases(n), within(1e-12));
    }
  }

  @Test
  void theDertClosedFormIsTheDiscountedSum() {
    BgBb m = new BgBb(1.204, 0.750, 0.657, 2.783);
    DiscreteHistory h = new DiscreteHistory(3, 5, 6);
    double d = 0.1;
    double sum = 0;
    for (int k = 1; k <= 400; k++) { // 1.1^−400 < 1e−16
      double increment = m.conditionalExpectedPurchases(k, h) - m.conditionalExpectedPurchases(k - 1, h);
      sum += increment / Math.pow(1 + d, k);
    }
    assertThat(m.discountedExpectedResidualTransactions(d, h)).isCloseTo(sum, within(1e-10));
    // the paper's example (FHS 2010, §5): a 6-for-6 donor is worth more than one who stopped after year 3
    assertThat(m.discountedExpectedResidualTransactions(d, new DiscreteHistory(6, 6, 6)))
        .isGreaterThan(m.discountedExpectedResidualTransactions(d, new DiscreteHistory(3, 3, 6)));
  }

  @Test
  void degenerateInputIsRefusedWithAReason() {
    assertThatThrownBy(() -> new DiscreteHistory(2, 1, 6)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("recency");
    assertThatThrownBy(() -> new DiscreteHistory(7, 7, 6)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("frequency");
    DiscreteHistories nobody = DiscreteHistories.builder().add(new DiscreteHistory(0, 0, 6), 10).build();
    assertThatThrownBy(() -> BgBb.fit(nobody)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("nobody bought");
  }
}
