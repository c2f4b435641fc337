package io.crmkit.sales.scoring;

import java.util.List;
import java.util.Objects;

/**
 * One group's part of a {@link RuleScore}: the sum of its rules' points before and after decay, the total
 * after the group's caps, whether a cap bit, and the contributions of the rules that applied.
 *
 * <p>{@code score.group("engagement").map(GroupScore::total)}
 */
public record GroupScore(
    String group,
    ScoreGroupKind kind,
    double beforeDecay,
    double afterDecay,
    double total,
    boolean capped,
    List<RuleContribution> contributions) {
  public GroupScore {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(kind, "kind");
    contributions = List.copyOf(contributions);
  }
}
