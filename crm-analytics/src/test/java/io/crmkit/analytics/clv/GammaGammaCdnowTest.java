package io.crmkit.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.analytics.CdnowData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Gamma-Gamma on CDNOW's 946 repeat buyers against CLVTools, BTYD and Hardie's spreadsheet (SOURCE.md). */
class GammaGammaCdnowTest {
  @Test
  void theFitOnTheLogMatchesClvTools() {
    FittedModel<GammaGamma> f = GammaGamma.fit(CdnowSummaries.exactSpend());
    assertThat(f.customers()).isEqualTo(946.0);
    assertThat(f.logLikelihood()).isCloseTo(-4055.9177, within(1e-4));
    assertThat(f.model().p()).isCloseTo(6.25, within(5e-3));
    assertThat(f.model().q()).isCloseTo(3.74, within(5e-3));
    assertThat(f.model().gamma()).isCloseTo(15.44, within(5e-3));
  }

  @Test
  void theFitOnThePublishedSummaryMatchesThePaper() {
    FittedModel<GammaGamma> f = GammaGamma.fit(CdnowSummaries.publishedSpend());
    // ≈ (6.2488, 3.7446, 15.4477) on the two-decimal zbar
    assertThat(f.model().p()).isCloseTo(6.2488, within(1e-3));
    assertThat(f.model().q()).isCloseTo(3.7446, within(1e-3));
    assertThat(f.model().gamma()).isCloseTo(15.4477, within(1e-3));
    assertThat(f.logLikelihood()).isCloseTo(-4055.92, within(0.01));
  }

  @Test
  void conditionalSpendsMatchHardiesSpreadsheet() {
    GammaGamma m = GammaGamma.fit(CdnowSummaries.publishedSpend()).model();
    List<String[]> rows = CdnowData.csvRows("cdnow_customers_summary_with_transactions.csv");
    double[] expected = {24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17};
    for (int i = 0; i < expected.length; i++) {
      String[] row = rows.get(i);
      double e = m.conditionalExpectedSpend(Integer.parseInt(row[1]), Double.parseDouble(row[4]));
      assertThat(e).as("customer %s", row[0]).isCloseTo(expected[i], within(0.1));
    }
    // with x = 0 it is the population mean p·γ/(q−1)
    assertThat(m.conditionalExpectedSpend(0, 0)).isCloseTo(m.p() * m.gamma() / (m.q() - 1), within(1e-12));
  }
}
