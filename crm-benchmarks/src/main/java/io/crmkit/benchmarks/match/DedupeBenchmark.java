package io.crmkit.benchmarks.match;

import io.crmkit.core.match.DedupeResult;
import io.crmkit.core.match.Deduplicator;
import io.crmkit.testkit.match.SyntheticContacts;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * End-to-end deduplication of synthetic contacts ({@link SyntheticContacts}, 20% duplicates): normalise, block,
 * fit the model by EM, score, choose the threshold, cluster, all in {@code Deduplicator.run} with the default
 * configuration (on every core; {@code -p parallel=false} for one thread). One shot per iteration; the pairwise precision/recall/F1 of the last run is printed. Target
 * (issue 4): 1,000,000 contacts in at most 60 s on 2 cores.
 *
 * <p>{@code java -Xmx8g -jar crm-benchmarks/target/benchmarks.jar match.DedupeBenchmark -f 1 -wi 1 -i 3 -p size=100000}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class DedupeBenchmark {
  /** The number of records to deduplicate. */
  @Param({"100000", "1000000"})
  public int size;

  /** Whether {@code Deduplicator} uses every core (its default) or the calling thread only. */
  @Param({"true"})
  public boolean parallel;

  SyntheticContacts data;
  DedupeResult last;

  /** Generates the records once per trial. */
  @Setup(Level.Trial)
  public void generate() {
    data = SyntheticContacts.generate(size, 42L);
  }

  /** Deduplicates all the records with the defaults. */
  @Benchmark
  public DedupeResult dedupe() {
    last = Deduplicator.builder(SyntheticContacts.SCHEMA).parallel(parallel).build().run(data.records());
    return last;
  }

  /** Prints the accuracy of the last run, so a speed figure never hides a broken result. */
  @TearDown(Level.Trial)
  public void report() {
    if (last != null) {
      double[] prf = data.pairwise(last.clusterIds());
      int largest = last.duplicateClusters().stream().mapToInt(java.util.List::size).max().orElse(1);
      System.out.printf(Locale.ROOT,
          "%n[crmkit dedupe %d] threshold %.3f, pairwise precision %.4f recall %.4f F1 %.4f, largest cluster %d, %s%n",
          size, last.threshold(), prf[0], prf[1], prf[2], largest, last.blocking());
    }
  }
}
