package io.crmkit.core.match;

import java.util.Objects;

/**
 * String and value comparators used by matching, written for speed: no regular expressions, no boxing, and no
 * allocation in the inner loops for strings of up to 64 characters (longer ones use a per-thread buffer).
 * Every similarity is symmetric and lies in {@code [0, 1]}, e.g. {@code Similarity.jaroWinkler("martha",
 * "marhta") ≈ 0.961}.
 */
public final class Similarity {
  private Similarity() {}

  private static final ThreadLocal<int[][]> ROWS = ThreadLocal.withInitial(() -> new int[3][65]);

  /** Jaro similarity: 1 for equal strings, 0 when nothing matches. */
  public static double jaro(CharSequence a, CharSequence b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    // order by length so that the result is symmetric whatever the argument order
    if (a.length() > b.length() || (a.length() == b.length() && compare(a, b) > 0)) {
      CharSequence t = a;
      a = b;
      b = t;
    }
    int la = a.length();
    int lb = b.length();
    if (la == 0 && lb == 0) {
      return 1.0;
    }
    if (la == 0) {
      return 0.0;
    }
    if (la <= 64 && lb <= 64) {
      return jaroShort(a, b, la, lb);
    }
    return jaroLong(a, b, la, lb);
  }

  private static int compare(CharSequence a, CharSequence b) {
    for (int i = 0; i < a.length(); i++) {
      int c = Character.compare(a.charAt(i), b.charAt(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  static double jaroShort(CharSequence a, CharSequence b, int la, int lb) {
    int window = Math.max(0, Math.max(la, lb) / 2 - 1);
    long matchedA = 0;
    long matchedB = 0;
    int matches = 0;
    for (int i = 0; i < la; i++) {
      char c = a.charAt(i);
      int from = Math.max(0, i - window);
      int to = Math.min(lb - 1, i + window);
      for (int j = from; j <= to; j++) {
        if ((matchedB & (1L << j)) == 0 && b.charAt(j) == c) {
          matchedA |= 1L << i;
          matchedB |= 1L << j;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0.0;
    }
    int transpositions = 0;
    int j = 0;
    for (int i = 0; i < la; i++) {
      if ((matchedA & (1L << i)) != 0) {
        while ((matchedB & (1L << j)) == 0) {
          j++;
        }
        if (a.charAt(i) != b.charAt(j)) {
          transpositions++;
        }
        j++;
      }
    }
    double m = matches;
    return (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
  }

  static double jaroLong(CharSequence a, CharSequence b, int la, int lb) {
    int window = Math.max(0, Math.max(la, lb) / 2 - 1);
    boolean[] matchedA = new boolean[la];
    boolean[] matchedB = new boolean[lb];
    int matches = 0;
    for (int i = 0; i < la; i++) {
      char c = a.charAt(i);
      for (int j = Math.max(0, i - window), to = Math.min(lb - 1, i + window); j <= to; j++) {
        if (!matchedB[j] && b.charAt(j) == c) {
          matchedA[i] = true;
          matchedB[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0.0;
    }
    int transpositions = 0;
    for (int i = 0, j = 0; i < la; i++) {
      if (matchedA[i]) {
        while (!matchedB[j]) {
          j++;
        }
        if (a.charAt(i) != b.charAt(j)) {
          transpositions++;
        }
        j++;
      }
    }
    double m = matches;
    return (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
  }

  /** Jaro-Winkler similarity with the usual prefix scale 0.1 over at most 4 common leading characters. */
  public static double jaroWinkler(CharSequence a, CharSequence b) {
    double j = jaro(a, b);
    int prefix = 0;
    int max = Math.min(4, Math.min(a.length(), b.length()));
    while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return j + prefix * 0.1 * (1.0 - j);
  }

  /** The Levenshtein distance: insertions, deletions and substitutions. */
  public static int levenshtein(CharSequence a, CharSequence b) {
    return editDistance(a, b, false);
  }

  /**
   * The Damerau-Levenshtein distance in its optimal-string-alignment form: Levenshtein plus transpositions of
   * two adjacent characters ({@code "ab"} to {@code "ba"} costs 1).
   */
  public static int damerauLevenshtein(CharSequence a, CharSequence b) {
    return editDistance(a, b, true);
  }

  /**
   * Whether the Damerau-Levenshtein (optimal string alignment) distance is at most 1, in linear time: equal, or
   * one insertion, deletion, substitution or swap of two adjacent characters apart.
   */
  public static boolean atMostOneEdit(CharSequence a, CharSequence b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int i = 0;
    int min = Math.min(la, lb);
    while (i < min && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (i == min) {
      return true; // equal, or one character appended
    }
    if (la == lb) {
      // a substitution at i, or a swap of i and i + 1
      if (regionEquals(a, i + 1, b, i + 1, la - i - 1)) {
        return true;
      }
      return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
          && regionEquals(a, i + 2, b, i + 2, la - i - 2);
    }
    // one insertion or deletion at i
    return la > lb ? regionEquals(a, i + 1, b, i, lb - i) : regionEquals(a, i, b, i + 1, la - i);
  }

  private static boolean regionEquals(CharSequence a, int from, CharSequence b, int fromB, int length) {
    for (int k = 0; k < length; k++) {
      if (a.charAt(from + k) != b.charAt(fromB + k)) {
        return false;
      }
    }
    return true;
  }

  /** {@code 1 - levenshtein / longer length}; 1 for two empty strings. */
  public static double levenshteinSimilarity(CharSequence a, CharSequence b) {
    int max = Math.max(a.length(), b.length());
    return max == 0 ? 1.0 : 1.0 - (double) levenshtein(a, b) / max;
  }

  private static int editDistance(CharSequence a, CharSequence b, boolean transpositions) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    int la = a.length();
    int lb = b.length();
    if (la == 0) {
      return lb;
    }
    if (lb == 0) {
      return la;
    }
    int[][] rows = ROWS.get();
    if (rows[0].length < lb + 1) {
      rows = new int[][] {new int[lb + 1], new int[lb + 1], new int[lb + 1]};
      ROWS.set(rows);
    }
    int[] before = rows[0];
    int[] prev = rows[1];
    int[] cur = rows[2];
    for (int j = 0; j <= lb; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= la; i++) {
      cur[0] = i;
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= lb; j++) {
        char cb = b.charAt(j - 1);
        int cost = ca == cb ? 0 : 1;
        int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        if (transpositions && i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
          v = Math.min(v, before[j - 2] + 1);
        }
        cur[j] = v;
      }
      int[] t = before;
      before = prev;
      prev = cur;
      cur = t;
    }
    return prev[lb];
  }

  /**
   * Jaccard similarity of two sorted sets of token codes (|A ∩ B| / |A ∪ B|); 1 for two empty sets. The arrays
   * must be sorted ascending without repeats, as the engine prepares them.
   */
  public static double jaccard(int[] a, int[] b) {
    int common = commonCount(a, b);
    int union = a.length + b.length - common;
    return union == 0 ? 1.0 : (double) common / union;
  }

  /** The number of values two sorted arrays share. */
  static int commonCount(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return common;
  }

  /**
   * Token-set similarity of two texts: the Jaccard similarity of their sets of space-separated words, so word
   * order does not matter ({@code "acme corp"} and {@code "corp acme"} give 1).
   */
  public static double tokenSet(String a, String b) {
    java.util.Set<String> ta = new java.util.HashSet<>(java.util.Arrays.asList(a.strip().split("\\s+")));
    java.util.Set<String> tb = new java.util.HashSet<>(java.util.Arrays.asList(b.strip().split("\\s+")));
    ta.remove("");
    tb.remove("");
    if (ta.isEmpty() && tb.isEmpty()) {
      return 1.0;
    }
    int common = 0;
    for (String t : ta) {
      if (tb.contains(t)) {
        common++;
      }
    }
    return (double) common / (ta.size() + tb.size() - common);
  }

  /** Closeness of two numbers: 1 when equal, falling linearly to 0 at a difference of {@code scale}. */
  public static double numericCloseness(double a, double b, double scale) {
    if (!(scale > 0)) {
      throw new IllegalArgumentException("scale must be positive but was " + scale);
    }
    return Math.max(0.0, 1.0 - Math.abs(a - b) / scale);
  }

  /** Closeness of two dates: 1 when equal, falling linearly to 0 at {@code days} days apart. */
  public static double dateCloseness(java.time.LocalDate a, java.time.LocalDate b, int days) {
    return numericCloseness(a.toEpochDay(), b.toEpochDay(), days);
  }
}
