package io.crmkit.sales.scoring;

import io.crmkit.core.ValidationException;
import java.util.Objects;

/**
 * What one rule added to a score: how often it applied, its points before decay, after decay, and after the
 * group's cap (a cap takes its reduction from the contributions on the capped side, in proportion to their
 * size, so the contributions of a group always add up to its total).
 *
 * <p>{@code score.groups().get(0).contributions().get(0).pointsAfterCap()}
 */
public record RuleContribution(
    String rule, String group, int applications, double pointsBeforeDecay, double pointsAfterDecay, double pointsAfterCap) {
  public RuleContribution {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(group, "group");
    ValidationException.check(applications > 0, "applications", "a contribution comes from a rule that applied at least once");
  }
}
