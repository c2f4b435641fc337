package io.crmkit.core.match;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a pair scored what it did: the prior weight (how likely any candidate pair is a match), each field's
 * contribution, the total weight in bits and the match probability {@code 1 / (1 + 2^-weight)}. Print
 * {@link #waterfall()} for a person: one line per field with the running total.
 */
public record MatchExplanation(
    String leftId,
    String rightId,
    double priorWeight,
    List<FieldContribution> fields,
    double weight,
    double probability) {
  public MatchExplanation {
    Objects.requireNonNull(leftId, "leftId");
    Objects.requireNonNull(rightId, "rightId");
    Objects.requireNonNull(fields, "fields");
    fields = List.copyOf(fields);
  }

  /** The contribution of the field named {@code name}. */
  public java.util.Optional<FieldContribution> field(String name) {
    return fields.stream().filter(f -> f.field().equals(name)).findFirst();
  }

  /** The readable waterfall: prior, then each field with its level, values, weight and the running total. */
  public String waterfall() {
    StringBuilder b = new StringBuilder();
    b.append("match explanation ").append(leftId).append(" ~ ").append(rightId).append('\n');
    double running = priorWeight;
    b.append(String.format(Locale.ROOT, "  %-18s %-48s %+8.2f  = %+8.2f%n", "prior", "(share of candidate pairs that match)",
        priorWeight, running));
    for (FieldContribution f : fields) {
      running += f.weight();
      String values = f.missing()
          ? "missing on one side"
          : "'" + clip(f.leftInput()) + "' vs '" + clip(f.rightInput()) + "': " + f.level() + (f.termFrequencyAdjusted() ? " (tf)" : "");
      b.append(String.format(Locale.ROOT, "  %-18s %-48s %+8.2f  = %+8.2f%n", clip(f.field()), values, f.weight(), running));
    }
    b.append(String.format(Locale.ROOT, "  total weight %+.2f bits, match probability %.6f%n", weight, probability));
    return b.toString();
  }

  private static String clip(String s) {
    return s.length() <= 18 ? s : s.substring(0, 17) + "…";
  }
}
