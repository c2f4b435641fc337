package io.crmkit.analytics.rfm;

import java.util.Objects;

/**
 * One customer's RFM scores (1 = worst, bins = best) and segment, with the observation they came from. Produced by
 * {@link RfmScoring#score}; e.g. {@code score.segment()} is {@code "champions"}.
 */
public record RfmScore(RfmObservation observation, int recency, int frequency, int monetary, String segment) {
  public RfmScore {
    Objects.requireNonNull(observation, "observation");
    Objects.requireNonNull(segment, "segment");
  }

  public String customerId() {
    return observation.customerId();
  }

  /** The three scores as one code such as {@code "545"}. */
  public String code() {
    return "" + recency + frequency + monetary;
  }
}
