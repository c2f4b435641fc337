package io.crmkit.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** 2F1 against closed forms, and where other implementations overflow. */
class HypergeometricTest {
  @Test
  void closedForms() {
    for (double z : new double[] {0, 0.1, 0.5, 0.9, 0.999}) {
      // 2F1(1, 1; 2; z) = −log(1−z)/z
      double expected = z == 0 ? 1 : -Math.log1p(-z) / z;
      assertThat(Hypergeometric.log2F1(1, 1, 2, z)).isCloseTo(Math.log(expected), within(1e-13));
      // 2F1(a, b; b; z) = (1−z)^−a
      assertThat(Hypergeometric.log2F1(2.5, 3, 3, z)).isCloseTo(-2.5 * Math.log1p(-z), within(1e-12));
    }
  }

  @Test
  void hugeValuesStayInLogSpace() {
    // (1−z)^−a with a = 400 at z = 0.99 is 10^800: far beyond double, fine as a logarithm
    assertThat(Hypergeometric.log2F1(400, 7, 7, 0.99)).isCloseTo(-400 * Math.log(0.01), within(1e-8));
    // a heavy buyer's conditional expectation: finite, and no NaN in P(alive)
    BgNbd m = new BgNbd(0.243, 4.414, 0.793, 2.426);
    PurchaseHistory heavy = new PurchaseHistory(3000, 77.9, 78);
    assertThat(m.conditionalExpectedPurchases(520, heavy)).isFinite().isPositive();
    assertThat(m.probabilityAlive(heavy)).isBetween(0.0, 1.0);
    assertThat(m.probabilityAlive(new PurchaseHistory(3000, 1, 78))).isEqualTo(0.0);
  }

  @Test
  void outsideItsDomainItSaysSo() {
    assertThatThrownBy(() -> Hypergeometric.log2F1(1, 1, 2, 1.0)).isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("0 <= z < 1");
  }
}
