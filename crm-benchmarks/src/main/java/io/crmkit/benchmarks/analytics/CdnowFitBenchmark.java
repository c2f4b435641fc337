package io.crmkit.benchmarks.analytics;

import io.crmkit.analytics.clv.BgNbd;
import io.crmkit.analytics.clv.FittedModel;
import io.crmkit.analytics.clv.GammaGamma;
import io.crmkit.analytics.clv.ParetoNbd;
import io.crmkit.analytics.clv.PurchaseHistories;
import io.crmkit.analytics.clv.SpendHistories;
import io.crmkit.analytics.summary.CustomerSummaries;
import io.crmkit.analytics.summary.CustomerSummary;
import io.crmkit.analytics.summary.PeriodUnit;
import io.crmkit.analytics.summary.SummaryConventions;
import io.crmkit.analytics.summary.Transaction;
import io.crmkit.analytics.summary.TransactionLogs;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The CLV fits on CDNOW (2,357 customers, calibration to 1997-09-30, weeks; 1,016 distinct (x, t_x, T)
 * patterns): BG/NBD (target ≤ 50 ms warm; BTYD takes 0.53 s), Pareto/NBD and Gamma-Gamma for reference.
 * The summaries are built once in setup; each benchmark is the fit alone.
 *
 * <p>{@code java -jar crm-benchmarks/target/benchmarks.jar CdnowFitBenchmark -f 1 -wi 3 -i 5}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class CdnowFitBenchmark {
  PurchaseHistories purchases;
  SpendHistories spend;

  /** Reads the CDNOW log and summarises it as the papers do. */
  @Setup
  public void load() throws IOException {
    List<Transaction> log;
    try (Reader in = Files.newBufferedReader(AnalyticsData.cdnow("cdnowElog.csv"))) {
      log = TransactionLogs.readCsv(in, "sampleid", "date", Optional.of("sales"));
    }
    List<CustomerSummary> summaries = CustomerSummaries.summarise(log,
        SummaryConventions.of(PeriodUnit.WEEK, LocalDate.of(1997, 9, 30)));
    purchases = PurchaseHistories.of(summaries);
    spend = SpendHistories.of(summaries);
  }

  /** BG/NBD by maximum likelihood (r, α, a, b). */
  @Benchmark
  public FittedModel<BgNbd> bgNbd() {
    return BgNbd.fit(purchases);
  }

  /** Pareto/NBD by maximum likelihood (r, α, s, β). */
  @Benchmark
  public FittedModel<ParetoNbd> paretoNbd() {
    return ParetoNbd.fit(purchases);
  }

  /** Gamma-Gamma spend model (p, q, γ) over the 946 repeat buyers. */
  @Benchmark
  public FittedModel<GammaGamma> gammaGamma() {
    return GammaGamma.fit(spend);
  }
}
