package io.crmkit.core.privacy;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces a person's identifying values (names, e-mail addresses, phone numbers) in free text that is not theirs
 * alone — a deal's next step, another customer's case — by a marker, ignoring case; values shorter than three
 * characters are left alone (they would match inside ordinary words).
 *
 * <p>{@code TextScrubber.of(List.of("Ada Lovelace", "ada@example.com"), "[erased]").apply("Call Ada Lovelace")}
 * gives {@code "Call [erased]"}.
 */
public final class TextScrubber implements UnaryOperator<String> {
  private final Optional<Pattern> pattern;
  private final String replacement;

  private TextScrubber(Optional<Pattern> pattern, String marker) {
    this.pattern = pattern;
    this.replacement = Matcher.quoteReplacement(marker);
  }

  /** A scrubber of {@code values} (longest first, so a full name wins over a part of it) writing {@code marker}. */
  public static TextScrubber of(Collection<String> values, String marker) {
    Objects.requireNonNull(marker, "marker");
    List<String> parts = values.stream()
        .map(String::strip)
        .filter(v -> v.length() >= 3 && !v.equals(marker))
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .toList();
    return new TextScrubber(
        parts.isEmpty() ? Optional.empty() : Optional.of(Pattern.compile(String.join("|", parts), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)),
        marker);
  }

  /** {@code text} with every value replaced by the marker; the same string when none occurs. */
  @Override
  public String apply(String text) {
    return pattern.map(p -> p.matcher(text).replaceAll(replacement)).orElse(text);
  }

  /** Whether {@code text} holds one of the values. */
  public boolean matches(String text) {
    return pattern.map(p -> p.matcher(text).find()).orElse(false);
  }
}
