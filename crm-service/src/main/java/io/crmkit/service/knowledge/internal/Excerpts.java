package io.crmkit.service.knowledge.internal;

import io.crmkit.service.knowledge.Excerpt;
import java.util.ArrayList;
import java.util.List;

/** Cuts a passage of at most a given length around the densest run of matched words. */
final class Excerpts {
  private static final String ELLIPSIS = "…";

  private Excerpts() {}

  /** {@code matches} are ordered {start, end} character ranges of {@code text}. */
  static Excerpt around(String field, String text, List<int[]> matches, int maxChars) {
    if (text.length() <= maxChars) {
      return new Excerpt(field, text, highlights(matches, 0, text.length(), 0));
    }
    // the window starting at a match that holds the most matches; earliest on ties
    int bestStart = 0;
    int bestCount = -1;
    for (int i = 0; i < matches.size(); i++) {
      int from = matches.get(i)[0];
      int count = 0;
      for (int j = i; j < matches.size() && matches.get(j)[1] <= from + maxChars; j++) {
        count++;
      }
      if (count > bestCount) {
        bestCount = count;
        bestStart = from;
      }
    }
    // a little context before the first match, starting at a word boundary
    int start = Math.max(0, bestStart - maxChars / 5);
    while (start > 0 && start < bestStart && !Character.isWhitespace(text.charAt(start - 1))) {
      start++;
    }
    int end = Math.min(text.length(), start + maxChars);
    while (end < text.length() && end > start && !Character.isWhitespace(text.charAt(end))) {
      end--;
    }
    if (end <= start) {
      end = Math.min(text.length(), start + maxChars);
    }
    String prefix = start > 0 ? ELLIPSIS : "";
    String suffix = end < text.length() ? ELLIPSIS : "";
    String passage = prefix + text.substring(start, end).strip() + suffix;
    int shift = prefix.length() - start - leadingSpace(text, start, end);
    return new Excerpt(field, passage, highlights(matches, start, end, shift));
  }

  private static int leadingSpace(String text, int start, int end) {
    int n = 0;
    while (start + n < end && Character.isWhitespace(text.charAt(start + n))) {
      n++;
    }
    return n;
  }

  private static List<Excerpt.Highlight> highlights(List<int[]> matches, int start, int end, int shift) {
    List<Excerpt.Highlight> out = new ArrayList<>();
    int last = 0;
    for (int[] m : matches) {
      if (m[0] >= start && m[1] <= end && m[0] + shift >= last) {
        out.add(new Excerpt.Highlight(m[0] + shift, m[1] + shift));
        last = m[1] + shift;
      }
    }
    return out;
  }
}
