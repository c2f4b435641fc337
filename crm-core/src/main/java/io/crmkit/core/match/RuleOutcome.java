package io.crmkit.core.match;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The result of a {@link MatchRule} on one pair: whether it matched, and each condition's values, similarity
 * and verdict ({@code "true"}, {@code "false"} or {@code "ignored"}); {@link #explain()} prints them.
 */
public record RuleOutcome(String leftId, String rightId, boolean matched, List<ConditionResult> conditions) {
  public RuleOutcome {
    Objects.requireNonNull(leftId, "leftId");
    Objects.requireNonNull(rightId, "rightId");
    Objects.requireNonNull(conditions, "conditions");
    conditions = List.copyOf(conditions);
  }

  /** One condition evaluated on the pair. */
  public record ConditionResult(MatchRule.Condition condition, String left, String right, double similarity, String verdict) {}

  /** One line per condition and the verdict. */
  public String explain() {
    StringBuilder b = new StringBuilder("rule ").append(matched ? "matched " : "did not match ")
        .append(leftId).append(" ~ ").append(rightId).append('\n');
    for (ConditionResult c : conditions) {
      b.append(String.format(Locale.ROOT, "  %-16s %-13s '%s' vs '%s': %.3f (needs %.3f) -> %s%n",
          c.condition().field(), c.condition().method(), c.left(), c.right(), c.similarity(), c.condition().threshold(), c.verdict()));
    }
    return b.toString();
  }
}
