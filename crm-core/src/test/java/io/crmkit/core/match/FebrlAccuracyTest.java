package io.crmkit.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pairwise accuracy on Febrl datasets 1, 2 and 3 (../shared/data/febrl): unsupervised, the same default
 * configuration for all three, F1 at least 0.98 on each (Duke 1.2 reaches 0.977 / 0.970 / 0.967).
 */
class FebrlAccuracyTest {

  @ParameterizedTest(name = "{0}: {1} true pairs")
  @CsvSource({"dataset1.csv, 500", "dataset2.csv, 1934", "dataset3.csv, 6538"})
  @DisplayName("Febrl deduplication reaches pairwise F1 >= 0.98 with the default configuration")
  void f1OnFebrl(String file, long truePairs) {
    List<MatchRecord> records = Febrl.read(file);
    DedupeResult result = Deduplicator.of(Febrl.SCHEMA).run(records);
    double[] s = Febrl.score(result.clusterIds());
    System.out.printf(Locale.ROOT, "Febrl %s: P %.4f R %.4f F1 %.4f (true pairs %.0f, predicted %.0f, correct %.0f), "
            + "threshold %.3f, candidates %,d%n",
        file, s[0], s[1], s[2], s[3], s[4], s[5], result.threshold(), result.blocking().candidatePairs());
    assertThat((long) s[3]).as("true pairs in %s (SOURCE.md)", file).isEqualTo(truePairs);
    assertThat(s[2]).as("pairwise F1 on %s", file).isGreaterThanOrEqualTo(0.98);
  }
}
