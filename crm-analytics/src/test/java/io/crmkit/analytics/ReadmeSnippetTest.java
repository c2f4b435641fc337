package io.crmkit.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.analytics.clv.BgNbd;
import io.crmkit.analytics.clv.FittedModel;
import io.crmkit.analytics.clv.GammaGamma;
import io.crmkit.analytics.clv.PurchaseHistories;
import io.crmkit.analytics.clv.PurchaseHistory;
import io.crmkit.analytics.clv.SpendHistories;
import io.crmkit.analytics.rfm.RfmObservation;
import io.crmkit.analytics.rfm.RfmResult;
import io.crmkit.analytics.rfm.RfmScoring;
import io.crmkit.analytics.summary.CustomerSummaries;
import io.crmkit.analytics.summary.CustomerSummary;
import io.crmkit.analytics.summary.PeriodUnit;
import io.crmkit.analytics.summary.SummaryConventions;
import io.crmkit.analytics.summary.Transaction;
import io.crmkit.analytics.summary.TransactionLogs;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's snippet is this test's, word for word, and it runs on CDNOW. */
class ReadmeSnippetTest {
  @Test
  void theReadmeSnippetRuns() throws IOException {
    List<String> clvs = new ArrayList<>();
    FittedModel<BgNbd> fit;
    RfmResult rfm;
    try (Reader reader = Files.newBufferedReader(CdnowData.file("cdnowElog.csv"))) {
      // readme:begin
      List<Transaction> log = TransactionLogs.readCsv(reader, "sampleid", "date", Optional.of("sales"));
      List<CustomerSummary> summaries = CustomerSummaries.summarise(log,
          SummaryConventions.of(PeriodUnit.WEEK, LocalDate.of(1997, 9, 30)));

      fit = BgNbd.fit(PurchaseHistories.of(summaries));          // r, alpha, a, b; LL −9582.43
      GammaGamma spend = GammaGamma.fit(SpendHistories.of(summaries)).model();
      for (CustomerSummary c : summaries.subList(0, 3)) {
        PurchaseHistory h = new PurchaseHistory(c.frequency(), c.recency(), c.age());
        double m = spend.conditionalExpectedSpend(c.frequency(), c.monetaryValue());
        // 52 weeks ahead in monthly steps of 4.35 weeks, discounted at 1% a month
        double clv = fit.model().customerLifetimeValue(h, m, 52, 4.35, 0.01);
        clvs.add(c.customerId() + ": P(alive) " + fit.model().probabilityAlive(h) + ", CLV " + clv);
      }

      rfm = RfmScoring.ofDefaults().score(RfmObservation.fromTransactions(log, LocalDate.of(1998, 6, 30)));
      // readme:end
    }
    assertThat(fit.logLikelihood()).isCloseTo(-9582.43, within(0.005));
    assertThat(clvs).hasSize(3)
        .allSatisfy(line -> assertThat(line).containsPattern("P\\(alive\\) [01]\\.[0-9]*, CLV [0-9]"));
    assertThat(rfm.scores()).hasSize(2357);
    assertThat(rfm.segmentCounts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2357);
  }

  @Test
  void theReadmeShowsThisSnippet() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("```java\n", readme.indexOf("<!-- snippet")) + "```java\n".length();
    List<String> snippet = lines(readme.substring(start, readme.indexOf("```", start)));
    String source = Files.readString(Path.of("src/test/java/io/crmkit/analytics/ReadmeSnippetTest.java"));
    int from = source.indexOf("// readme:begin");
    List<String> test = lines(source.substring(source.indexOf('\n', from) + 1, source.indexOf("// readme:end")));
    assertThat(snippet).isNotEmpty().isEqualTo(test);
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }
}
