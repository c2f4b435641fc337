package io.crmkit.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** MBG/NBD on CDNOW against BTYDplus (via lifetimes' test, 3 d.p.). */
class ModifiedBgNbdCdnowTest {
  @Test
  void theFitMatchesBtydPlus() {
    for (PurchaseHistories d : new PurchaseHistories[] {CdnowSummaries.exact(), CdnowSummaries.published()}) {
      FittedModel<ModifiedBgNbd> f = ModifiedBgNbd.fit(d);
      ModifiedBgNbd m = f.model();
      assertThat(m.r()).isCloseTo(0.525, within(5e-4));
      assertThat(m.alpha()).isCloseTo(6.183, within(5e-4));
      assertThat(m.a()).isCloseTo(0.891, within(5e-4));
      assertThat(m.b()).isCloseTo(1.614, within(5e-4));
      assertThat(f.name()).isEqualTo("mbgnbd");
    }
  }

  @Test
  void customersWithoutRepeatPurchasesCanBeInactive() {
    ModifiedBgNbd m = ModifiedBgNbd.fit(CdnowSummaries.exact()).model();
    BgNbd bg = BgNbd.fit(CdnowSummaries.exact()).model();
    PurchaseHistory oneTimer = new PurchaseHistory(0, 0, 38);
    assertThat(bg.probabilityAlive(oneTimer)).isEqualTo(1.0);
    assertThat(m.probabilityAlive(oneTimer)).isBetween(0.0, 1.0).isLessThan(0.9);
  }
}
