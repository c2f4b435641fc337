package io.crmkit.sales.scoring;

import io.crmkit.core.RecordRef;
import io.crmkit.core.ValidationException;
import io.crmkit.core.score.Score;
import io.crmkit.core.score.Scores;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Records what the scorers computed as crm-core {@link Score}s, so other modules (segments, the customer
 * view, reports) can read them: a {@link RuleScore} under its own model name, a {@link LeadProbability} or
 * {@link WinProbability} (percent) under the model name given. The top {@value #TOP} contributions by size go
 * along as text, largest first.
 *
 * <p>{@code ScoreFacts.record(scores, scorer.score(lead, asOf), Optional.of("A"))}
 */
public final class ScoreFacts {
  /** How many contributions a recorded score carries. */
  public static final int TOP = 10;

  private ScoreFacts() {}

  /** Records a rule-based score: its total as the value, as of its instant, each rule's points after decay and cap. */
  public static Score record(Scores scores, RuleScore score, Optional<String> band) {
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(score, "score");
    List<String> why = score.contributions().stream()
        .sorted(Comparator.comparingDouble((RuleContribution c) -> -Math.abs(c.pointsAfterCap())).thenComparing(RuleContribution::rule))
        .limit(TOP)
        .map(c -> clip(signed(c.pointsAfterCap()) + " " + c.rule() + " (" + c.group() + (c.applications() > 1 ? ", ×" + c.applications() : "") + ")"))
        .toList();
    return scores.record(score.subject(), score.model(), score.total(), band, score.asOf(), why);
  }

  /**
   * Records a predictive lead probability (percent) of {@code lead} under {@code model} now.
   *
   * @throws ValidationException if the probability could not be computed (nothing is recorded)
   */
  public static Score record(Scores scores, RecordRef lead, String model, LeadProbability probability) {
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(probability, "probability");
    double value = probability.probability().orElseThrow(() -> new ValidationException("probability",
        "was not computed (" + probability.status() + "); record a score only when there is one")).doubleValue();
    return scores.record(lead, model, value, Optional.empty(), features(probability.contributions(), "basis " + probability.basis()));
  }

  /** Records an opportunity's win probability (percent) under {@code model} now. */
  public static Score record(Scores scores, RecordRef opportunity, String model, WinProbability probability) {
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(probability, "probability");
    return scores.record(opportunity, model, probability.probability().doubleValue(), Optional.empty(),
        features(probability.contributions(), "stage default " + probability.stageDefault().toPlainString() + "%"));
  }

  private static List<String> features(List<FeatureContribution> contributions, String first) {
    List<String> out = new java.util.ArrayList<>();
    out.add(first);
    contributions.stream()
        .sorted(Comparator.comparingDouble((FeatureContribution c) -> -Math.abs(c.logOdds())).thenComparing(FeatureContribution::variable))
        .limit(TOP - 1)
        .forEach(c -> out.add(clip(c.variable() + "=" + c.value() + ": log-odds " + signed(c.logOdds()))));
    return out;
  }

  /** A text within a score's limit, cut at a code point boundary. */
  private static String clip(String text) {
    if (text.length() <= Score.MAX_CONTRIBUTION_LENGTH) {
      return text;
    }
    int end = text.offsetByCodePoints(0, text.codePointCount(0, Score.MAX_CONTRIBUTION_LENGTH - 1));
    return text.substring(0, end) + "…";
  }

  private static String signed(double v) {
    return String.format(Locale.ROOT, "%+.2f", v);
  }
}
