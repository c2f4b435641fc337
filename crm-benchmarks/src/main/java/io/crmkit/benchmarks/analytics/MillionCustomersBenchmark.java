package io.crmkit.benchmarks.analytics;

import io.crmkit.analytics.clv.BgNbd;
import io.crmkit.analytics.clv.FittedModel;
import io.crmkit.analytics.clv.PurchaseHistories;
import io.crmkit.analytics.summary.CustomerSummaries;
import io.crmkit.analytics.summary.CustomerSummary;
import io.crmkit.analytics.summary.PeriodUnit;
import io.crmkit.analytics.summary.SummaryConventions;
import io.crmkit.analytics.summary.Transaction;
import java.util.List;
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
 * A million customers simulated from a BG/NBD process (about 2.2 M transactions, see
 * {@link AnalyticsData#simulate}): summarised from the log into (x, t_x, T) in weeks, compressed into distinct
 * patterns and fitted. Target: summarise + fit ≤ 1 s ({@link #summariseAndFit}); the two halves are also timed
 * alone. Same-day purchases are not merged (simulated purchases may share a day).
 *
 * <p>{@code java -Xmx6g -jar crm-benchmarks/target/benchmarks.jar MillionCustomersBenchmark -f 1 -wi 3 -i 5}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@State(Scope.Benchmark)
public class MillionCustomersBenchmark {
  static final SummaryConventions WEEKS =
      SummaryConventions.of(PeriodUnit.WEEK, AnalyticsData.END).withMergeSameDay(false);

  List<Transaction> log;
  PurchaseHistories histories;

  /** Simulates the log (seed 20240611) and summarises it once for the fit-only benchmark. */
  @Setup
  public void simulate() {
    log = AnalyticsData.simulate(1_000_000, 20240611L);
    histories = PurchaseHistories.of(CustomerSummaries.summarise(log, WEEKS));
    System.out.printf("%n%d transactions, %.0f customers, %d patterns%n",
        log.size(), histories.customers(), histories.patterns());
  }

  /** Log → summaries → patterns → BG/NBD fit: the figure the target is about. */
  @Benchmark
  public FittedModel<BgNbd> summariseAndFit() {
    List<CustomerSummary> summaries = CustomerSummaries.summarise(log, WEEKS);
    return BgNbd.fit(PurchaseHistories.of(summaries));
  }

  /** Log → summaries → patterns only. */
  @Benchmark
  public PurchaseHistories summarise() {
    return PurchaseHistories.of(CustomerSummaries.summarise(log, WEEKS));
  }

  /** The BG/NBD fit on the compressed patterns only. */
  @Benchmark
  public FittedModel<BgNbd> fit() {
    return BgNbd.fit(histories);
  }
}
