package io.crmkit.service.feedback;

import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A tenant's recognition rules, as data: every rule that matches an achievement gives its points, and each
 * award says which rule gave it and why. Validated when made (unique rule names).
 *
 * <pre>{@code
 * RecognitionPolicy policy = RecognitionPolicy.standard();
 * List<Award> awards = policy.awards(achievements);
 * List<Leaderboard> boards = Leaderboards.of(awards, ChronoUnit.MONTHS, zone);
 * }</pre>
 */
public record RecognitionPolicy(List<RecognitionRule> rules) {
  public RecognitionPolicy {
    rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
    ValidationException.check(!rules.isEmpty(), "policy.rules", "must have at least one rule");
    Set<String> names = new HashSet<>();
    for (RecognitionRule r : rules) {
      ValidationException.check(names.add(r.name()), "policy.rules", "rule name '" + r.name() + "' is used twice");
    }
  }

  /** A policy of these rules. */
  public static RecognitionPolicy of(RecognitionRule... rules) {
    return new RecognitionPolicy(List.of(rules));
  }

  /**
   * The default: solved case +10, SLA met +5, CSAT 5 +15, CSAT 4 +5, NPS promoter (9–10) +10, NPS detractor
   * (0–6) −5.
   */
  public static RecognitionPolicy standard() {
    return of(
        RecognitionRule.caseSolved("case_solved", 10),
        RecognitionRule.slaMet("sla_met", 5),
        RecognitionRule.rating("csat_delighted", SurveyKind.CSAT, 5, 5, 15),
        RecognitionRule.rating("csat_satisfied", SurveyKind.CSAT, 4, 4, 5),
        RecognitionRule.rating("nps_promoter", SurveyKind.NPS, 9, 10, 10),
        RecognitionRule.rating("nps_detractor", SurveyKind.NPS, 0, 6, -5));
  }

  /** The awards for one achievement, in rule order (none when no rule matches). */
  public List<Award> awards(Achievement a) {
    Objects.requireNonNull(a, "achievement");
    List<Award> out = new ArrayList<>(2);
    for (RecognitionRule r : rules) {
      if (r.matches(a)) {
        out.add(new Award(a.agent(), r.name(), r.points(), a, r.describe() + " for " + a.describe()));
      }
    }
    return List.copyOf(out);
  }

  /** The awards for many achievements, in their order. */
  public List<Award> awards(Collection<? extends Achievement> achievements) {
    List<Award> out = new ArrayList<>();
    achievements.forEach(a -> out.addAll(awards(a)));
    return List.copyOf(out);
  }
}
