package io.crmkit.benchmarks.match;

import io.crmkit.core.match.Similarity;
import io.crmkit.testkit.match.SyntheticContacts;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * crmkit's string comparators ({@link Similarity}) beside Apache Commons Text's on the same pairs: given and
 * family names, e-mails and cities from {@link SyntheticContacts}, each paired with a perturbed copy (typos,
 * nicknames) or with another record's value. Each invocation compares {@value #PAIRS} pairs, so ops/s x
 * {@value #PAIRS} is pairs per second. Commons Text has no Damerau-Levenshtein; ours is shown beside its
 * Levenshtein. Target (issue 4): ours at least as fast.
 *
 * <p>{@code java -jar crm-benchmarks/target/benchmarks.jar match.ComparatorBenchmark -f 1 -wi 2 -i 3}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class ComparatorBenchmark {
  static final int PAIRS = 1024;

  private final JaroWinklerSimilarity commonsJaroWinkler = new JaroWinklerSimilarity();
  private final LevenshteinDistance commonsLevenshtein = LevenshteinDistance.getDefaultInstance();
  String[] left;
  String[] right;

  /** Builds the pairs: half near-duplicates, half unrelated values, lower-cased as normalisation leaves them. */
  @Setup
  public void pairs() {
    SyntheticContacts data = SyntheticContacts.generate(20_000, 7L);
    List<String> fields = List.of("first", "last", "email", "city");
    Random random = new Random(11L);
    left = new String[PAIRS];
    right = new String[PAIRS];
    for (int i = 0; i < PAIRS; i++) {
      String field = fields.get(i % fields.size());
      String a = value(data, field, random);
      String b = random.nextBoolean() ? SyntheticContacts.typo(a, random) : value(data, field, random);
      left[i] = a;
      right[i] = b;
    }
  }

  private static String value(SyntheticContacts data, String field, Random random) {
    while (true) {
      var r = data.records().get(random.nextInt(data.records().size()));
      var v = r.value(field);
      if (v.isPresent()) {
        return v.get().toLowerCase(java.util.Locale.ROOT);
      }
    }
  }

  /** crmkit Jaro-Winkler. */
  @Benchmark
  public void jaroWinklerCrmkit(Blackhole bh) {
    for (int i = 0; i < PAIRS; i++) {
      bh.consume(Similarity.jaroWinkler(left[i], right[i]));
    }
  }

  /** Commons Text Jaro-Winkler. */
  @Benchmark
  public void jaroWinklerCommonsText(Blackhole bh) {
    for (int i = 0; i < PAIRS; i++) {
      bh.consume(commonsJaroWinkler.apply(left[i], right[i]).doubleValue());
    }
  }

  /** crmkit Levenshtein distance. */
  @Benchmark
  public void levenshteinCrmkit(Blackhole bh) {
    for (int i = 0; i < PAIRS; i++) {
      bh.consume(Similarity.levenshtein(left[i], right[i]));
    }
  }

  /** Commons Text Levenshtein distance. */
  @Benchmark
  public void levenshteinCommonsText(Blackhole bh) {
    for (int i = 0; i < PAIRS; i++) {
      bh.consume(commonsLevenshtein.apply(left[i], right[i]).intValue());
    }
  }

  /** crmkit Damerau-Levenshtein (optimal string alignment); Commons Text has none. */
  @Benchmark
  public void damerauCrmkit(Blackhole bh) {
    for (int i = 0; i < PAIRS; i++) {
      bh.consume(Similarity.damerauLevenshtein(left[i], right[i]));
    }
  }
}
