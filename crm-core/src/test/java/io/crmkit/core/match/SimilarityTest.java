package io.crmkit.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SimilarityTest {

  @Test
  void jaroWinklerMatchesTheTextbookValues() {
    // Winkler's examples: MARTHA/MARHTA 0.961, DWAYNE/DUANE 0.84, DIXON/DICKSONX 0.813
    assertThat(Similarity.jaroWinkler("martha", "marhta")).isCloseTo(0.961, within(0.001));
    assertThat(Similarity.jaroWinkler("dwayne", "duane")).isCloseTo(0.840, within(0.001));
    assertThat(Similarity.jaroWinkler("dixon", "dicksonx")).isCloseTo(0.813, within(0.001));
    assertThat(Similarity.jaroWinkler("", "")).isEqualTo(1.0);
    assertThat(Similarity.jaroWinkler("abc", "")).isEqualTo(0.0);
    assertThat(Similarity.jaroWinkler("abc", "xyz")).isEqualTo(0.0);
  }

  @Test
  void longStringsTakeTheArrayPathWithTheSameAnswers() {
    String a = "a".repeat(40) + "martha" + "b".repeat(40);
    String b = "a".repeat(40) + "marhta" + "b".repeat(40);
    double j = Similarity.jaro(a, b);
    assertThat(j).isGreaterThan(0.97).isLessThan(1.0);
    assertThat(Similarity.jaro(b, a)).isEqualTo(j);
  }

  @Test
  void editDistances() {
    assertThat(Similarity.levenshtein("kitten", "sitting")).isEqualTo(3);
    assertThat(Similarity.levenshtein("ab", "ba")).isEqualTo(2);
    assertThat(Similarity.damerauLevenshtein("ab", "ba")).isEqualTo(1);
    assertThat(Similarity.damerauLevenshtein("ca", "abc")).isEqualTo(3);
    assertThat(Similarity.levenshtein("", "abc")).isEqualTo(3);
    assertThat(Similarity.levenshteinSimilarity("kitten", "sitting")).isCloseTo(1 - 3 / 7.0, within(1e-12));
  }

  @Test
  void tokenSetsIgnoreOrder() {
    assertThat(Similarity.tokenSet("acme corp", "corp  acme")).isEqualTo(1.0);
    assertThat(Similarity.tokenSet("acme widget corp", "acme corp")).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(Similarity.jaccard(new int[] {1, 2, 3}, new int[] {2, 3, 4})).isEqualTo(0.5);
  }

  @Test
  void closeness() {
    assertThat(Similarity.numericCloseness(10, 12, 4)).isEqualTo(0.5);
    assertThat(Similarity.dateCloseness(LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 11), 20)).isEqualTo(0.5);
    assertThat(Similarity.dateCloseness(LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 1), 20)).isEqualTo(0.0);
  }
}
