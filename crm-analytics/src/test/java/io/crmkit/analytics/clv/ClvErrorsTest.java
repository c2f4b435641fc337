package io.crmkit.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ValidationException;
import org.junit.jupiter.api.Test;

/** Degenerate input gets a ValidationException that says what is wrong, never NaN parameters. */
class ClvErrorsTest {
  @Test
  void noRepeatBuyersCannotBeFitted() {
    PurchaseHistories none = PurchaseHistories.builder().add(0, 0, 10, 50).add(0, 0, 20, 20).build();
    for (Runnable fit : new Runnable[] {() -> BgNbd.fit(none), () -> ModifiedBgNbd.fit(none), () -> ParetoNbd.fit(none)}) {
      assertThatThrownBy(fit::run).isInstanceOf(ValidationException.class)
          .hasMessageContaining("no customer made a repeat purchase");
    }
    assertThatThrownBy(() -> GammaGamma.fit(SpendHistories.builder().build()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("without a customer");
  }

  @Test
  void impossibleHistoriesAreRefused() {
    assertThatThrownBy(() -> new PurchaseHistory(2, 40, 38)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("recency > T");
    assertThatThrownBy(() -> new PurchaseHistory(-1, 0, 38)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("frequency");
    assertThatThrownBy(() -> PurchaseHistories.builder().add(1, 1, 2, 0)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("weight");
    assertThatThrownBy(() -> SpendHistories.builder().add(2, -3, 1)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("monetaryValue");
    assertThatThrownBy(() -> new BgNbd(0.2, -1, 1, 1)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("alpha");
    assertThatThrownBy(() -> new BgNbd(0.2, 4, 1, 2).expectedPurchases(10)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("must not be exactly 1");
  }

  @Test
  void aSingleRepeatBuyerFitsOrFailsClearly() {
    // one repeat buyer among many: the data barely identify the model; either a fit with finite values or a
    // FitFailedException naming the model — never NaN
    PurchaseHistories thin = PurchaseHistories.builder().add(0, 0, 10, 50).add(1, 5, 10, 1).build();
    try {
      FittedModel<BgNbd> f = BgNbd.fit(thin);
      assertThat(f.parameters().values()).allSatisfy(v -> assertThat(v).isFinite().isPositive());
      assertThat(f.logLikelihood()).isFinite();
    } catch (FitFailedException e) {
      assertThat(e.model()).isEqualTo("bgnbd");
      assertThat(e.getMessage()).startsWith("bgnbd: ");
    }
  }

  @Test
  void clvDiscountsTheExpectedPurchases() {
    BgNbd m = new BgNbd(0.243, 4.414, 0.793, 2.426);
    PurchaseHistory h = new PurchaseHistory(2, 30.43, 38.86);
    double undiscounted = m.customerLifetimeValue(h, 10, 52, 4, 0);
    assertThat(undiscounted).isCloseTo(10 * m.conditionalExpectedPurchases(52, h), org.assertj.core.api.Assertions.within(1e-9));
    assertThat(m.customerLifetimeValue(h, 10, 52, 4, 0.01)).isLessThan(undiscounted).isPositive();
    assertThatThrownBy(() -> m.customerLifetimeValue(h, 10, 52, 0, 0.01)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("step");
  }
}
