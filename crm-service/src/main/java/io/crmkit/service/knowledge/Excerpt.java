package io.crmkit.service.knowledge;

import io.crmkit.core.ValidationException;
import java.util.List;
import java.util.Objects;

/**
 * A short passage of an article around the words that matched, with the matched words located by character
 * offsets so that the host renders them as it likes (bold in HTML, colour in a terminal).
 *
 * <p>{@code hit.excerpt().marked("<b>", "</b>")} (escape the text first when rendering HTML).
 *
 * @param field the field the passage comes from ({@code body}, {@code summary}, {@code answer} or {@code title})
 * @param text the passage; {@code …} marks cut text at either end
 * @param highlights the matched words in {@code text}, in order and not overlapping
 */
public record Excerpt(String field, String text, List<Highlight> highlights) {
  public Excerpt {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(text, "text");
    highlights = List.copyOf(Objects.requireNonNull(highlights, "highlights"));
    int end = 0;
    for (Highlight h : highlights) {
      ValidationException.check(h.start() >= end && h.end() <= text.length(), "excerpt.highlights", "must be ordered, not overlap and lie within the text");
      end = h.end();
    }
  }

  /** The text with every highlight wrapped in {@code open} and {@code close}. */
  public String marked(String open, String close) {
    StringBuilder out = new StringBuilder(text.length() + highlights.size() * (open.length() + close.length()));
    int at = 0;
    for (Highlight h : highlights) {
      out.append(text, at, h.start()).append(open).append(text, h.start(), h.end()).append(close);
      at = h.end();
    }
    return out.append(text.substring(at)).toString();
  }

  /**
   * One matched word, as the character range {@code [start, end)} of the excerpt text.
   *
   * <p>{@code excerpt.text().substring(h.start(), h.end())}
   */
  public record Highlight(int start, int end) {
    public Highlight {
      ValidationException.check(start >= 0 && end > start, "highlight", "must be a non-empty range from a non-negative start but was [" + start + ", " + end + ")");
    }
  }
}
