package io.crmkit.service.feedback;

import io.crmkit.core.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule of a {@link RecognitionPolicy}, as plain data: its name, what it rewards and how many points.
 * A rule rewards solved cases, met SLA targets (any metric, or one), or ratings of a kind within a score range.
 *
 * <p>{@code RecognitionRule.rating("delighted", SurveyKind.CSAT, 5, 5, 15)}
 *
 * @param name lower snake case, unique in its policy
 * @param on the kind of achievement
 * @param slaMetric for {@link On#SLA_MET}: only this metric (empty: any)
 * @param survey for {@link On#RATING}: the survey kind
 * @param minScore for {@link On#RATING}: the lowest score rewarded (otherwise 0)
 * @param maxScore for {@link On#RATING}: the highest score rewarded (otherwise 0)
 * @param points −1,000 to 1,000 but not 0 (negative points penalise, e.g. detractor ratings)
 */
public record RecognitionRule(String name, On on, Optional<String> slaMetric, Optional<SurveyKind> survey, int minScore, int maxScore, int points) {
  /** The kinds of achievement a rule can reward. */
  public enum On {
    CASE_SOLVED,
    SLA_MET,
    RATING
  }

  public RecognitionRule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(slaMetric, "slaMetric");
    Objects.requireNonNull(survey, "survey");
    ValidationException.check(name.matches("[a-z][a-z0-9_]{0,63}"), "rule.name", "must be lower snake case but was '" + name + "'");
    ValidationException.check(points != 0 && Math.abs(points) <= 1_000, "rule.points", "must be -1000 to 1000 and not 0 but was " + points);
    ValidationException.check(slaMetric.isEmpty() || on == On.SLA_MET, "rule.slaMetric", "only SLA_MET rules name a metric");
    if (on == On.RATING) {
      SurveyKind kind = survey.orElseThrow(() -> new ValidationException("rule.survey", "a RATING rule names the survey kind"));
      kind.checkScore(minScore);
      kind.checkScore(maxScore);
      ValidationException.check(minScore <= maxScore, "rule.minScore", "must not exceed maxScore");
    } else {
      ValidationException.check(survey.isEmpty() && minScore == 0 && maxScore == 0, "rule.survey", "only RATING rules name a survey and scores");
    }
  }

  /** Rewards every solved case. */
  public static RecognitionRule caseSolved(String name, int points) {
    return new RecognitionRule(name, On.CASE_SOLVED, Optional.empty(), Optional.empty(), 0, 0, points);
  }

  /** Rewards every met SLA target, whatever the metric. */
  public static RecognitionRule slaMet(String name, int points) {
    return new RecognitionRule(name, On.SLA_MET, Optional.empty(), Optional.empty(), 0, 0, points);
  }

  /** Rewards met targets of one SLA metric, e.g. {@code first_response}. */
  public static RecognitionRule slaMet(String name, String metric, int points) {
    return new RecognitionRule(name, On.SLA_MET, Optional.of(metric), Optional.empty(), 0, 0, points);
  }

  /** Rewards ratings of {@code kind} from {@code minScore} to {@code maxScore}. */
  public static RecognitionRule rating(String name, SurveyKind kind, int minScore, int maxScore, int points) {
    return new RecognitionRule(name, On.RATING, Optional.empty(), Optional.of(kind), minScore, maxScore, points);
  }

  /** Whether this rule rewards {@code a}. */
  public boolean matches(Achievement a) {
    if (a instanceof Achievement.CaseSolved) {
      return on == On.CASE_SOLVED;
    }
    if (a instanceof Achievement.SlaMet met) {
      return on == On.SLA_MET && slaMetric.map(m -> m.equals(met.metric())).orElse(true);
    }
    Achievement.CaseRated rated = (Achievement.CaseRated) a;
    return on == On.RATING && survey.orElseThrow() == rated.kind() && rated.score() >= minScore && rated.score() <= maxScore;
  }

  /** The rule in words, e.g. {@code delighted (CSAT 5–5): +15}. */
  public String describe() {
    String what = switch (on) {
      case CASE_SOLVED -> "case solved";
      case SLA_MET -> "SLA met" + slaMetric.map(m -> " (" + m + ")").orElse("");
      case RATING -> survey.orElseThrow() + " " + minScore + "–" + maxScore;
    };
    return name + " (" + what + "): " + (points > 0 ? "+" : "") + points;
  }
}
