package io.crmkit.analytics.attribution;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of {@link Attribution#of}: every channel's credit under each model, in order of first
 * appearance in the input, and the chain's conversion probability. Use
 * {@code report.channels().get("search").removalEffect()}.
 *
 * @param channels the credit per channel name, in order of first appearance
 * @param conversionProbability the probability that a journey from the start converts, per the fitted
 *     first-order Markov chain
 * @param totalConversions the conversions of all paths (each model's credits add up to this)
 * @param totalConversionValue the conversion value of all paths (the Markov value credits add up to this)
 */
public record AttributionReport(
    Map<String, ChannelCredit> channels,
    double conversionProbability,
    double totalConversions,
    double totalConversionValue) {
  public AttributionReport {
    channels = Collections.unmodifiableMap(new LinkedHashMap<>(channels));
  }
}
