package io.crmkit.sales.scoring;

import io.crmkit.core.ValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A group of rules whose points add up to one part of a score, optionally capped: the group's total never
 * exceeds {@code max} (positive) nor falls below {@code min} (zero or negative). Engagement groups carry the
 * {@link DecayPolicy} applied to their events; fit groups never decay.
 *
 * <pre>{@code
 * ScoreGroup fit = ScoreGroup.fit("fit", List.of(inGermany, bigCompany)).withMax(50);
 * ScoreGroup eng = ScoreGroup.engagement("engagement", DecayPolicy.halfLife(Duration.ofDays(30)), List.of(opened)).withMin(0);
 * }</pre>
 */
public record ScoreGroup(
    String name, ScoreGroupKind kind, List<ScoringRule> rules, DecayPolicy decay, OptionalDouble max, OptionalDouble min) {

  public ScoreGroup {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(decay, "decay");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(min, "min");
    rules = List.copyOf(rules);
    ValidationException.check(!name.isBlank() && name.length() <= 128, "name", "a score group needs a name of 1 to 128 characters, not blank");
    ValidationException.check(!rules.isEmpty(), "rules", "score group '" + name + "' has no rules");
    if (max.isPresent()) {
      double m = max.getAsDouble();
      ValidationException.check(Double.isFinite(m) && m > 0, "max", "the cap of group '" + name + "' must be a positive number but was " + m);
    }
    if (min.isPresent()) {
      double m = min.getAsDouble();
      ValidationException.check(Double.isFinite(m) && m <= 0, "min", "the floor of group '" + name + "' must be zero or negative but was " + m);
    }
    if (kind == ScoreGroupKind.FIT) {
      ValidationException.check(decay == DecayPolicy.none(), "decay", "fit group '" + name + "' cannot decay: only engagement decays");
    }
    Set<Object> conditions = new HashSet<>();
    Set<String> eventTypes = new HashSet<>();
    for (ScoringRule r : rules) {
      Objects.requireNonNull(r, "rules[]");
      if (kind == ScoreGroupKind.FIT) {
        ValidationException.check(r instanceof ScoringRule.Fit, "rules", "fit group '" + name + "' holds engagement rule '" + r.name() + "'");
        ValidationException.check(conditions.add(((ScoringRule.Fit) r).condition()), "rules",
            "rule '" + r.name() + "' repeats the condition of another rule of group '" + name + "' (points would count twice)");
      } else {
        ValidationException.check(r instanceof ScoringRule.Engagement, "rules", "engagement group '" + name + "' holds fit rule '" + r.name() + "'");
        for (String t : ((ScoringRule.Engagement) r).eventTypes()) {
          ValidationException.check(eventTypes.add(t), "rules",
              "event type '" + t + "' is scored by two rules of group '" + name + "' (points would count twice)");
        }
      }
    }
  }

  /** A fit group without caps. */
  public static ScoreGroup fit(String name, List<? extends ScoringRule> rules) {
    return new ScoreGroup(name, ScoreGroupKind.FIT, List.copyOf(rules), DecayPolicy.none(), OptionalDouble.empty(), OptionalDouble.empty());
  }

  /** An engagement group without caps whose points fade by {@code decay}. */
  public static ScoreGroup engagement(String name, DecayPolicy decay, List<? extends ScoringRule> rules) {
    return new ScoreGroup(name, ScoreGroupKind.ENGAGEMENT, List.copyOf(rules), decay, OptionalDouble.empty(), OptionalDouble.empty());
  }

  /** This group with its total capped at {@code max}. */
  public ScoreGroup withMax(double max) {
    return new ScoreGroup(name, kind, rules, decay, OptionalDouble.of(max), min);
  }

  /** This group with its total floored at {@code min}. */
  public ScoreGroup withMin(double min) {
    return new ScoreGroup(name, kind, rules, decay, max, OptionalDouble.of(min));
  }
}
