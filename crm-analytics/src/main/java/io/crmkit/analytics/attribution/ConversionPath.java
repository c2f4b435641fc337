package io.crmkit.analytics.attribution;

import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One distinct customer journey with how often it ended in a conversion and how often it did not: a row of
 * the {@code path,total_conversions,total_conversion_value,total_null} input of ChannelAttribution.
 * Build one with {@code ConversionPath.parse("search > email > direct", 12, 840.0, 30)}.
 *
 * @param channels the channels touched, in order; never empty, no blank names
 * @param conversions how many journeys along this path converted (≥ 0)
 * @param conversionValue the total value of those conversions (≥ 0)
 * @param nulls how many journeys along this path did not convert (≥ 0)
 */
public record ConversionPath(List<String> channels, double conversions, double conversionValue, double nulls) {
  /** The separator between channels in the textual form of a path. */
  public static final String SEPARATOR = ">";

  public ConversionPath {
    channels = List.copyOf(channels);
    ValidationException.check(!channels.isEmpty(), "channels", "a path touches at least one channel");
    for (int i = 0; i < channels.size(); i++) {
      String c = channels.get(i);
      ValidationException.check(
          !c.isBlank() && c.equals(c.strip()) && !c.contains(SEPARATOR),
          "channels[" + i + "]",
          "must be a non-blank name without surrounding spaces or '>' but was '" + c + "'");
    }
    checkCount(conversions, "conversions");
    checkCount(conversionValue, "conversionValue");
    checkCount(nulls, "nulls");
  }

  /**
   * The path written as channels separated by {@code >} (spaces around channel names are trimmed), e.g.
   * {@code "search > email"}.
   *
   * @throws ValidationException if a channel name is empty
   */
  public static ConversionPath parse(String path, double conversions, double conversionValue, double nulls) {
    Objects.requireNonNull(path, "path");
    List<String> channels = new ArrayList<>();
    String[] parts = path.split(SEPARATOR, -1);
    for (int i = 0; i < parts.length; i++) {
      String c = parts[i].strip();
      ValidationException.check(
          !c.isEmpty(), "path", "channel " + (i + 1) + " of '" + path + "' is empty; write channels like 'a > b > c'");
      channels.add(c);
    }
    return new ConversionPath(channels, conversions, conversionValue, nulls);
  }

  /** How many journeys followed this path, converting or not. */
  public double journeys() {
    return conversions + nulls;
  }

  /** The path in its textual form, e.g. {@code search > email}. */
  public String text() {
    return String.join(" " + SEPARATOR + " ", channels);
  }

  /** This path with another number of conversions. */
  public ConversionPath withConversions(double newConversions) {
    return new ConversionPath(channels, newConversions, conversionValue, nulls);
  }

  /** This path with another number of non-converting journeys. */
  public ConversionPath withNulls(double newNulls) {
    return new ConversionPath(channels, conversions, conversionValue, newNulls);
  }

  private static void checkCount(double value, String field) {
    ValidationException.check(
        Double.isFinite(value) && value >= 0, field, "must be a finite number ≥ 0 but was " + value);
  }
}
