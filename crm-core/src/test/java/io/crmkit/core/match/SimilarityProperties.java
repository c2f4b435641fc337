package io.crmkit.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

/** The comparators against textbook reference implementations and their laws. */
class SimilarityProperties {

  @Property(tries = 200)
  void levenshteinEqualsTheFullMatrixDefinition(
      @ForAll @CharRange(from = 'a', to = 'd') @StringLength(max = 12) String a,
      @ForAll @CharRange(from = 'a', to = 'd') @StringLength(max = 12) String b) {
    assertThat(Similarity.levenshtein(a, b)).isEqualTo(reference(a, b, false));
    assertThat(Similarity.damerauLevenshtein(a, b)).isEqualTo(reference(a, b, true));
    assertThat(Similarity.damerauLevenshtein(a, b)).isLessThanOrEqualTo(Similarity.levenshtein(a, b));
    assertThat(Similarity.atMostOneEdit(a, b)).isEqualTo(reference(a, b, true) <= 1);
  }

  @Property(tries = 200)
  void jaroWinklerIsSymmetricBoundedAndOneOnlyForEqualStrings(
      @ForAll @CharRange(from = 'a', to = 'e') @StringLength(max = 80) String a,
      @ForAll @CharRange(from = 'a', to = 'e') @StringLength(max = 80) String b) {
    double ab = Similarity.jaroWinkler(a, b);
    assertThat(ab).isEqualTo(Similarity.jaroWinkler(b, a)).isBetween(0.0, 1.0);
    assertThat(Similarity.jaroWinkler(a, a)).isEqualTo(1.0);
    if (ab == 1.0) {
      assertThat(a).isEqualTo(b);
    }
  }

  @Property(tries = 200)
  void theBitmaskPathAgreesWithTheArrayPath(
      @ForAll @CharRange(from = 'a', to = 'e') @StringLength(min = 1, max = 64) String a,
      @ForAll @CharRange(from = 'a', to = 'e') @StringLength(min = 1, max = 64) String b) {
    // strings of up to 64 characters use bit masks, longer ones boolean arrays: both must give the same value
    assertThat(Similarity.jaroShort(a, b, a.length(), b.length()))
        .isEqualTo(Similarity.jaroLong(a, b, a.length(), b.length()));
  }

  private static int reference(String a, String b, boolean transpositions) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (transpositions && i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
