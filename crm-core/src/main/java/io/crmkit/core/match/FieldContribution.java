package io.crmkit.core.match;

import java.util.Objects;

/**
 * What one field added to a pair's match weight: the two normalised values (and the values as the records gave
 * them, {@code leftInput}/{@code rightInput}; the normalised ones where the input was not kept, as in an
 * {@link IncrementalMatcher}'s base), the comparison level they reached,
 * the level's m and u probabilities and the weight in bits ({@code log2(m/u)}; 0 when a value is missing;
 * with term-frequency adjustment an exact match on a rare value weighs more than on a common one). Part of a
 * {@link MatchExplanation}; read it as {@code c.field() + ": " + c.level() + " " + c.weight()}.
 */
public record FieldContribution(
    String field,
    FieldKind kind,
    String left,
    String right,
    String level,
    double m,
    double u,
    double weight,
    boolean termFrequencyAdjusted,
    String leftInput,
    String rightInput) {
  public FieldContribution {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(leftInput, "leftInput");
    Objects.requireNonNull(rightInput, "rightInput");
  }

  /** Whether a value was missing on one side, so that the field did not count. */
  public boolean missing() {
    return level.equals(MatchModel.MISSING_LABEL);
  }
}
