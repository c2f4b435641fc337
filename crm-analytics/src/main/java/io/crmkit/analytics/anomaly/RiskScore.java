package io.crmkit.analytics.anomaly;

import java.util.List;
import java.util.Objects;

/**
 * The score of one transaction from {@link TransactionScoring#score}: the largest absolute robust z over its
 * baselines and the flags that passed the threshold; e.g. {@code if (s.flagged()) review(s.flags())}.
 *
 * @param transaction the transaction scored
 * @param score the largest |robust z| over the baselines that could be computed (0 when none could)
 * @param flags the baselines on which |robust z| reached the threshold, customer first
 */
public record RiskScore(Transaction transaction, double score, List<RiskFlag> flags) {
  public RiskScore {
    Objects.requireNonNull(transaction, "transaction");
    flags = List.copyOf(flags);
  }

  /** Whether any flag was raised. */
  public boolean flagged() {
    return !flags.isEmpty();
  }
}
