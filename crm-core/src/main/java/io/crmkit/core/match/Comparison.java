package io.crmkit.core.match;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How one field of a pair is compared: the kind picks a ladder of comparison levels, best first (level 0 is
 * always an exact match of the normalised values, the last level is "different"); {@code -1} means a value
 * is missing on one side. Thresholds are fixed per kind, not per data set.
 */
final class Comparison {
  static final int MISSING = -1;

  final FieldKind kind;
  final List<String> labels;
  final boolean termFrequency;

  private Comparison(FieldKind kind, List<String> labels, boolean termFrequency) {
    this.kind = kind;
    this.labels = labels;
    this.termFrequency = termFrequency;
  }

  static Comparison of(FieldKind kind) {
    switch (kind) {
      case GIVEN_NAME:
        return new Comparison(kind, List.of("exact", "nickname", "phonetic", "jaro-winkler >= 0.92",
            "jaro-winkler >= 0.80 or initial", "different"), true);
      case FAMILY_NAME:
        return new Comparison(kind, List.of("exact", "phonetic", "jaro-winkler >= 0.92", "jaro-winkler >= 0.80",
            "different"), true);
      case FULL_NAME:
        return new Comparison(kind, List.of("exact", "same words", "nickname or phonetic",
            "jaro-winkler >= 0.92 or half the words", "jaro-winkler >= 0.80", "different"), true);
      case COMPANY:
        return new Comparison(kind, List.of("exact", "same words", "jaro-winkler >= 0.92 or most words",
            "jaro-winkler >= 0.80 or some words", "different"), true);
      case STREET:
        return new Comparison(kind, List.of("exact", "jaro-winkler >= 0.92", "jaro-winkler >= 0.80 or half the words",
            "different"), true);
      case CITY:
      case SUBURB:
      case TEXT:
        return new Comparison(kind, List.of("exact", "jaro-winkler >= 0.92", "jaro-winkler >= 0.80", "different"), true);
      case STATE:
      case COUNTRY:
        return new Comparison(kind, List.of("exact", "jaro-winkler >= 0.80", "different"), false);
      case POSTCODE:
        return new Comparison(kind, List.of("exact", "one edit", "different"), true);
      case STREET_NUMBER:
      case ID_NUMBER:
        return new Comparison(kind, List.of("exact", "one edit", "different"), false);
      case EMAIL:
        return new Comparison(kind, List.of("exact", "similar mailbox, same digits", "different"), false);
      case PHONE:
        return new Comparison(kind, List.of("exact", "same last 8 digits or one edit", "different"), false);
      case DATE:
      default:
        return new Comparison(kind, List.of("exact", "day and month swapped", "one edit", "different"), false);
    }
  }

  /** The level a swapped given/family name gets: the first Jaro-Winkler level, strong but not exact. */
  int swappedLevel() {
    for (int l = 0; l < labels.size(); l++) {
      if (labels.get(l).startsWith("jaro-winkler >= 0.92")) {
        return l;
      }
    }
    return different();
  }

  /** The level of field {@code f} of rows {@code a} and {@code b}, with swapped given and family names seen. */
  static int level(Comparison[] comparisons, RecordTable t, int f, int a, int b, boolean swapped) {
    if (swapped && t.isSwappable(f)) {
      return comparisons[f].swappedLevel();
    }
    return comparisons[f].level(t.columns[f], a, b);
  }

  int levels() {
    return labels.size();
  }

  int different() {
    return labels.size() - 1;
  }

  /** The level of rows {@code a} and {@code b} of {@code c}, or {@link #MISSING}. */
  int level(RecordTable.Column c, int a, int b) {
    String x = c.norm[a];
    String y = c.norm[b];
    if (x == null || y == null) {
      return MISSING;
    }
    if (x.equals(y)) {
      return 0;
    }
    switch (kind) {
      case GIVEN_NAME: {
        if (Similarity.commonCount(c.nicknames[a], c.nicknames[b]) > 0) {
          return 1;
        }
        if (samePhonetic(c.phonetic[a], c.phonetic[b])) {
          return 2;
        }
        double jw = Similarity.jaroWinkler(x, y);
        if (jw >= 0.92) {
          return 3;
        }
        if (jw >= 0.80 || isInitialOf(x, y) || isInitialOf(y, x)) {
          return 4;
        }
        return 5;
      }
      case FAMILY_NAME: {
        if (samePhonetic(c.phonetic[a], c.phonetic[b])) {
          return 1;
        }
        double jw = Similarity.jaroWinkler(x, y);
        return jw >= 0.92 ? 2 : jw >= 0.80 ? 3 : 4;
      }
      case FULL_NAME: {
        int[] ta = c.tokens[a];
        int[] tb = c.tokens[b];
        int common = Similarity.commonCount(ta, tb);
        if (common == ta.length && common == tb.length) {
          return 1;
        }
        if ((Similarity.commonCount(c.nicknames[a], c.nicknames[b]) > 0
                || samePhonetic(c.phonetic[a], c.phonetic[b]))
            && Similarity.jaroWinkler(RecordTable.lastWord(x), RecordTable.lastWord(y)) >= 0.92) {
          return 2;
        }
        double jw = Similarity.jaroWinkler(x, y);
        if (jw >= 0.92 || 2 * common >= Math.max(ta.length, tb.length)) {
          return 3;
        }
        return jw >= 0.80 ? 4 : 5;
      }
      case COMPANY: {
        int[] ta = c.tokens[a];
        int[] tb = c.tokens[b];
        int common = Similarity.commonCount(ta, tb);
        if (common == ta.length && common == tb.length) {
          return 1;
        }
        double jaccard = (double) common / (ta.length + tb.length - common);
        double jw = Similarity.jaroWinkler(x, y);
        if (jw >= 0.92 || jaccard >= 0.6) {
          return 2;
        }
        return jw >= 0.80 || jaccard >= 0.3 ? 3 : 4;
      }
      case STREET: {
        double jw = Similarity.jaroWinkler(x, y);
        if (jw >= 0.92) {
          return 1;
        }
        int[] ta = c.tokens[a];
        int[] tb = c.tokens[b];
        int common = Similarity.commonCount(ta, tb);
        return jw >= 0.80 || 2 * common >= Math.max(ta.length, tb.length) ? 2 : 3;
      }
      case CITY:
      case SUBURB:
      case TEXT: {
        double jw = Similarity.jaroWinkler(x, y);
        return jw >= 0.92 ? 1 : jw >= 0.80 ? 2 : 3;
      }
      case STATE:
      case COUNTRY:
        return Similarity.jaroWinkler(x, y) >= 0.80 ? 1 : 2;
      case POSTCODE:
      case STREET_NUMBER:
      case ID_NUMBER:
        return Similarity.atMostOneEdit(x, y) ? 1 : 2;
      case EMAIL: {
        String lx = c.alt[a];
        String ly = c.alt[b];
        if (lx != null && ly != null) {
          int atX = lx.length();
          int atY = ly.length();
          boolean sameDomain = x.regionMatches(atX, y, atY, Math.max(x.length() - atX, y.length() - atY));
          if (lx.equals(ly) || (sameDomain && sameDigits(lx, ly) && Similarity.jaroWinkler(lx, ly) >= 0.92)) {
            return 1;
          }
        }
        return 2;
      }
      case PHONE: {
        if (sameTail(x, y, 8) || Similarity.atMostOneEdit(x, y)) {
          return 1;
        }
        return 2;
      }
      case DATE:
      default: {
        String dx = c.alt[a];
        String dy = c.alt[b];
        if (dx.length() == 8 && dy.length() == 8 && dx.regionMatches(0, dy, 0, 4)
            && dx.regionMatches(4, dy, 6, 2) && dx.regionMatches(6, dy, 4, 2)) {
          return 1;
        }
        return Similarity.atMostOneEdit(dx, dy) ? 2 : 3;
      }
    }
  }

  private static boolean samePhonetic(@Nullable String a, @Nullable String b) {
    return a != null && b != null && a.length() > 1 && a.equals(b);
  }

  private static boolean isInitialOf(String initial, String name) {
    return initial.length() == 1 && name.charAt(0) == initial.charAt(0);
  }

  /**
   * Whether two mailboxes hold the same digits in the same order: john.smith1984 and john_smith1984 may be one
   * person, john.smith1984 and john.smith1990 are namesakes, however close the strings.
   */
  static boolean sameDigits(String x, String y) {
    int i = 0;
    int j = 0;
    while (true) {
      while (i < x.length() && !isDigit(x.charAt(i))) {
        i++;
      }
      while (j < y.length() && !isDigit(y.charAt(j))) {
        j++;
      }
      if (i == x.length() || j == y.length()) {
        return i == x.length() && j == y.length();
      }
      if (x.charAt(i++) != y.charAt(j++)) {
        return false;
      }
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean sameTail(String x, String y, int n) {
    if (x.length() < n || y.length() < n) {
      return false;
    }
    return x.regionMatches(x.length() - n, y, y.length() - n, n);
  }
}
