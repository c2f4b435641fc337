package io.crmkit.core.match;

import java.util.Objects;

/**
 * Two records the matcher compared, with the match weight (bits), the probability that they are the same
 * entity, and the explanation of the score: {@code pair.explanation().waterfall()}.
 */
public record ScoredPair(String leftId, String rightId, double weight, double probability, MatchExplanation explanation) {
  public ScoredPair {
    Objects.requireNonNull(leftId, "leftId");
    Objects.requireNonNull(rightId, "rightId");
    Objects.requireNonNull(explanation, "explanation");
  }
}
