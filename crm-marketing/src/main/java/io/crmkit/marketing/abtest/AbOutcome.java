package io.crmkit.marketing.abtest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The decision of an A/B test at one point: the winner if there is one, and the explanation either way
 * ({@code "no winner yet because variant b has sent 120 of the 500 messages needed"}), with every comparison.
 */
public record AbOutcome(Optional<Variant> winner, String explanation, List<Comparison> comparisons) {
  public AbOutcome {
    Objects.requireNonNull(winner, "winner");
    Objects.requireNonNull(explanation, "explanation");
    comparisons = List.copyOf(Objects.requireNonNull(comparisons, "comparisons"));
  }

  /** The leader against one other variant: rates, z and the two-sided p-value. */
  public record Comparison(String leader, String other, double leaderRate, double otherRate, double z, double pValue) {
    public Comparison {
      Objects.requireNonNull(leader, "leader");
      Objects.requireNonNull(other, "other");
    }
  }
}
