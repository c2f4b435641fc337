package io.crmkit.benchmarks.match;

import io.crmkit.core.match.Deduplicator;
import io.crmkit.core.match.IncrementalMatcher;
import io.crmkit.core.match.MatchModel;
import io.crmkit.core.match.MatchRecord;
import io.crmkit.core.match.ScoredPair;
import io.crmkit.testkit.match.SyntheticContacts;
import java.util.List;
import java.util.Random;
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

/**
 * Latency of matching one incoming contact against a base ({@code IncrementalMatcher.match}), in JMH
 * {@code SampleTime} mode so the output carries p50/p99. The model is fitted by EM on the first 100,000
 * contacts; the base holds {@code base} contacts; incoming records are new copies of base records (typos,
 * nicknames, missing fields) and, one in two, a fresh person. Target (issue 4): p99 at most 5 ms against 1M.
 *
 * <p>{@code java -Xmx8g -jar crm-benchmarks/target/benchmarks.jar match.IncrementalMatchBenchmark -f 1 -wi 2 -i 3}
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class IncrementalMatchBenchmark {
  private static final int INCOMING = 1 << 14;

  /** The number of records in the base. */
  @Param({"1000000"})
  public int base;

  IncrementalMatcher matcher;
  MatchRecord[] incoming;
  int next;

  /** Fits the model, loads the base and prepares the incoming records. */
  @Setup(Level.Trial)
  public void load() {
    SyntheticContacts data = SyntheticContacts.generate(base, 42L);
    List<MatchRecord> records = data.records();
    MatchModel model = Deduplicator.of(SyntheticContacts.SCHEMA)
        .run(records.subList(0, Math.min(100_000, records.size()))).model();
    matcher = IncrementalMatcher.builder(SyntheticContacts.SCHEMA).model(model).build();
    matcher.upsertAll(records);
    Random random = new Random(5L);
    incoming = new MatchRecord[INCOMING];
    for (int i = 0; i < INCOMING; i++) {
      if (i % 2 == 0) {
        MatchRecord r = records.get(random.nextInt(records.size()));
        incoming[i] = new MatchRecord("in-" + i, SyntheticContacts.perturb(r.values(), random));
      } else {
        incoming[i] = new MatchRecord("in-" + i, SyntheticContacts.original(base + i, random));
      }
    }
  }

  /** Matches the next incoming record against the base. */
  @Benchmark
  public List<ScoredPair> match() {
    MatchRecord r = incoming[next];
    next = (next + 1) & (INCOMING - 1);
    return matcher.match(r);
  }
}
