package io.crmkit.benchmarks.match;

import io.crmkit.core.match.DedupeResult;
import io.crmkit.core.match.Deduplicator;
import io.crmkit.core.match.MatchModel;
import io.crmkit.core.match.MatchRecord;
import io.crmkit.testkit.match.SyntheticContacts;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scored pairs per second on one thread with the model EM fitted on 100,000 synthetic contacts, on realistic
 * candidate pairs: half true duplicates, half records that share a family name (what blocking hands the
 * scorer). Two paths: {@code weight}, the scorer {@code Deduplicator} and {@code IncrementalMatcher} run on
 * every candidate pair ({@code MatchModel.weight(table, a, b)}, package-private in crm-core and reached here
 * through a method handle), and {@code scoreExplained}, the public {@code DedupeResult.score(id, id)} that also
 * builds the per-field explanation. Each invocation scores {@value #PAIRS} pairs. Target (issue 4): at least
 * 1,000,000 scored pairs per second per core.
 *
 * <p>{@code java -Xmx8g -jar crm-benchmarks/target/benchmarks.jar match.PairScoringBenchmark -f 1 -wi 2 -i 3}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class PairScoringBenchmark {
  static final int PAIRS = 4096;

  private static final MethodHandle WEIGHT;

  static {
    try {
      Class<?> table = Class.forName("io.crmkit.core.match.RecordTable");
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(MatchModel.class, MethodHandles.lookup());
      WEIGHT = lookup.findVirtual(MatchModel.class, "weight", MethodType.methodType(double.class, table, int.class, int.class))
          .asType(MethodType.methodType(double.class, MatchModel.class, Object.class, int.class, int.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  DedupeResult result;
  MatchModel model;
  Object table;
  int[] leftRows;
  int[] rightRows;
  String[] leftIds;
  String[] rightIds;

  /** Fits the model on 100,000 contacts and picks the pairs. */
  @Setup
  public void fit() throws ReflectiveOperationException {
    SyntheticContacts data = SyntheticContacts.generate(100_000, 42L);
    result = Deduplicator.of(SyntheticContacts.SCHEMA).run(data.records());
    model = result.model();
    Field f = DedupeResult.class.getDeclaredField("table");
    f.setAccessible(true);
    table = f.get(result);
    Field rowById = table.getClass().getDeclaredField("rowById");
    rowById.setAccessible(true);
    @SuppressWarnings("unchecked")
    Map<String, Integer> rows = (Map<String, Integer>) rowById.get(table);

    Map<Integer, List<String>> byEntity = new HashMap<>();
    Map<String, List<String>> byLast = new HashMap<>();
    for (MatchRecord r : data.records()) {
      byEntity.computeIfAbsent(data.entityOf().get(r.id()), x -> new ArrayList<>()).add(r.id());
      byLast.computeIfAbsent(r.value("last").orElse(""), x -> new ArrayList<>()).add(r.id());
    }
    List<List<String>> dupGroups = byEntity.values().stream().filter(g -> g.size() > 1).toList();
    List<List<String>> nameGroups = byLast.values().stream().filter(g -> g.size() > 1).toList();
    Random random = new Random(3L);
    leftRows = new int[PAIRS];
    rightRows = new int[PAIRS];
    leftIds = new String[PAIRS];
    rightIds = new String[PAIRS];
    for (int i = 0; i < PAIRS; i++) {
      List<String> g = (i % 2 == 0 ? dupGroups : nameGroups).get(random.nextInt(i % 2 == 0 ? dupGroups.size() : nameGroups.size()));
      int a = random.nextInt(g.size());
      int b = (a + 1 + random.nextInt(g.size() - 1)) % g.size();
      leftIds[i] = g.get(a);
      rightIds[i] = g.get(b);
      leftRows[i] = rows.get(leftIds[i]);
      rightRows[i] = rows.get(rightIds[i]);
    }
  }

  /** The scorer of the dedupe and incremental paths: match weight of two prepared rows. */
  @Benchmark
  public void weight(Blackhole bh) throws Throwable {
    for (int i = 0; i < PAIRS; i++) {
      bh.consume((double) WEIGHT.invokeExact(model, table, leftRows[i], rightRows[i]));
    }
  }

  /** The public API: score and explain two records by id. */
  @Benchmark
  public void scoreExplained(Blackhole bh) {
    for (int i = 0; i < PAIRS; i++) {
      bh.consume(result.score(leftIds[i], rightIds[i]));
    }
  }
}
