package io.crmkit.analytics.attribution;

import java.util.Objects;

/**
 * The conversions (and, for the Markov model, the value) credited to one channel by each attribution model;
 * read it from {@link AttributionReport#channels()}, e.g. {@code report.channels().get("email").markov()}.
 *
 * @param channel the channel's name
 * @param firstTouch conversions credited to the first channel of each converting path
 * @param lastTouch conversions credited to the last channel of each converting path
 * @param linear conversions split equally over the touches of each converting path
 * @param timeDecay conversions split over the touches with weights halving every half-life touches before the
 *     conversion
 * @param positionBased conversions split 40% to the first touch, 40% to the last and 20% over the middle
 * @param markov conversions credited in proportion to the channel's Markov removal effect
 * @param markovValue conversion value credited in proportion to the channel's Markov removal effect
 * @param removalEffect the share of conversion probability lost when the channel is removed, in [0, 1]
 */
public record ChannelCredit(
    String channel,
    double firstTouch,
    double lastTouch,
    double linear,
    double timeDecay,
    double positionBased,
    double markov,
    double markovValue,
    double removalEffect) {
  public ChannelCredit {
    Objects.requireNonNull(channel, "channel");
  }
}
