package io.crmkit.service.escalation;

import java.util.Objects;

/**
 * A tier that has already fired for an item; the caller keeps the set of them with the item and passes it to
 * {@link EscalationRules#evaluate}, so each tier fires once. {@code fired.add(raised.firedTier());}
 */
public record FiredTier(String rule, String tier) {
  public FiredTier {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(tier, "tier");
  }

  @Override
  public String toString() {
    return rule + "/" + tier;
  }
}
