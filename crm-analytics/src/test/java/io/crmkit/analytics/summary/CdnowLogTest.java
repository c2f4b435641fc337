package io.crmkit.analytics.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.analytics.CdnowData;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The loader and the summariser reproduce every invariant of shared/data/cdnow/SOURCE.md from the raw log. */
class CdnowLogTest {
  static final SummaryConventions CDNOW =
      SummaryConventions.of(PeriodUnit.WEEK, LocalDate.of(1997, 9, 30)).withHoldoutEnd(LocalDate.of(1998, 6, 30));

  static List<Transaction> sample;
  static List<CustomerSummary> summaries;

  @BeforeAll
  static void load() throws IOException {
    try (Reader in = Files.newBufferedReader(CdnowData.file("CDNOW_sample.txt"))) {
      sample = TransactionLogs.readCdnowSample(in);
    }
    summaries = CustomerSummaries.summarise(sample, CDNOW);
  }

  @Test
  void theLogHasEveryRecord() {
    assertThat(sample).hasSize(6919);
    assertThat(sample.get(0)).isEqualTo(new Transaction("1", LocalDate.of(1997, 1, 1), 29.33));
  }

  @Test
  void theSummariesHaveThePublishedInvariants() {
    assertThat(summaries).hasSize(2357);
    assertThat(summaries.stream().mapToInt(CustomerSummary::frequency).sum()).isEqualTo(2457);
    assertThat(summaries.stream().filter(s -> s.frequency() > 0).count()).isEqualTo(946);
    assertThat(summaries.stream().mapToInt(CustomerSummary::frequency).max()).hasValue(29);
    assertThat(summaries.stream().mapToDouble(CustomerSummary::age).min().getAsDouble()).isCloseTo(27.00, within(0.005));
    assertThat(summaries.stream().mapToDouble(CustomerSummary::age).max().getAsDouble()).isCloseTo(38.86, within(0.005));
    assertThat(summaries.stream().filter(s -> s.frequency() > 0).mapToDouble(s -> round2(s.monetaryValue()))
        .average().getAsDouble()).isCloseTo(35.0786, within(5e-5));
    assertThat(summaries.stream().mapToInt(CustomerSummary::holdoutFrequency).sum()).isEqualTo(1882);
  }

  @Test
  void everySummaryMatchesThePublishedFilesToTheirTwoDecimals() {
    Map<String, CustomerSummary> byId = new HashMap<>();
    summaries.forEach(s -> byId.put(s.customerId(), s));
    List<String[]> published = CdnowData.csvRows("cdnow_customers_summary_with_transactions.csv");
    assertThat(published).hasSize(2357);
    for (String[] row : published) {
      CustomerSummary s = byId.get(row[0]);
      assertThat(s).as("customer %s", row[0]).isNotNull();
      assertThat(s.frequency()).as("x of %s", row[0]).isEqualTo(Integer.parseInt(row[1]));
      assertThat(round2(s.recency())).as("t_x of %s", row[0]).isEqualTo(Double.parseDouble(row[2]));
      assertThat(round2(s.age())).as("T of %s", row[0]).isEqualTo(Double.parseDouble(row[3]));
      assertThat(round2(s.monetaryValue())).as("zbar of %s", row[0]).isEqualTo(Double.parseDouble(row[4]));
    }
  }

  @Test
  void theCsvLogGivesTheSameSummariesAsTheWhitespaceSample() throws IOException {
    List<Transaction> csv;
    try (Reader in = Files.newBufferedReader(CdnowData.file("cdnowElog.csv"))) {
      csv = TransactionLogs.readCsv(in, "sampleid", "date", Optional.of("sales"));
    }
    assertThat(csv).isEqualTo(sample);
    assertThat(CustomerSummaries.summarise(csv, CDNOW)).isEqualTo(summaries);
  }

  /**
   * Half-up to two decimals, as the published files are rounded; first to nine, so that a mean such as 18.135
   * computed as 18.134999999999998 rounds as the decimal it stands for.
   */
  static double round2(double v) {
    return new java.math.BigDecimal(v).setScale(9, java.math.RoundingMode.HALF_UP)
        .setScale(2, java.math.RoundingMode.HALF_UP).doubleValue();
  }
}
