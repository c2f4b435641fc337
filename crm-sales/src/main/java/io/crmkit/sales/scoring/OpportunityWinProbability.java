package io.crmkit.sales.scoring;

import io.crmkit.core.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The win probability of an opportunity: its stage's default probability (the pipeline's, Salesforce-style)
 * taken as the prior, updated by the naive-Bayes likelihood ratios of the opportunity's values from the same
 * frequency table predictive lead scoring uses.
 *
 * <p>Why this model: the stage default already says how likely a deal at that stage is, as the sales team
 * configured it, and is what forecasts use; Odoo's own formula would count the stage a second time through
 * the table. So the stage enters once, as the prior {@code logit(default)}, and every other value adds
 * {@code ln(P(value | won) / P(value | lost))} from the team's counts (all teams' when the team has none,
 * values without a row or below their minimum support skipped, exactly as for leads); the result is
 * {@code 100 / (1 + e^-(sum))}, rounded half-even to two decimals. A default of 0 or 100 (closed stages) stays
 * as it is, and without won and lost counts the probability is the stage default.
 *
 * <pre>{@code
 * OpportunityWinProbability wins = OpportunityWinProbability.of(PredictiveLeadScorer.of(model, table));
 * WinProbability p = wins.estimate(new BigDecimal("40"), model.observe(opportunity, extractor));
 * }</pre>
 */
public final class OpportunityWinProbability {
  private final PredictiveLeadScorer scorer;

  private OpportunityWinProbability(PredictiveLeadScorer scorer) {
    this.scorer = scorer;
  }

  /** Win probabilities from the likelihoods of {@code scorer}'s table. */
  public static OpportunityWinProbability of(PredictiveLeadScorer scorer) {
    return new OpportunityWinProbability(Objects.requireNonNull(scorer, "scorer"));
  }

  /**
   * The win probability of an opportunity at a stage whose default probability is {@code stageDefault}
   * (percent, 0 to 100), given its values.
   */
  public WinProbability estimate(BigDecimal stageDefault, PlsObservation opportunity) {
    Objects.requireNonNull(stageDefault, "stageDefault");
    Objects.requireNonNull(opportunity, "opportunity");
    ValidationException.check(stageDefault.signum() >= 0 && stageDefault.compareTo(BigDecimal.valueOf(100)) <= 0,
        "stageDefault", "must be a percentage from 0 to 100 but was " + stageDefault);
    double p = stageDefault.doubleValue() / 100;
    if (p == 0 || p == 1) {
      return new WinProbability(stageDefault, stageDefault, p == 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY,
          LeadProbability.Basis.NONE, List.of());
    }
    double stageLogOdds = Math.log(p / (1 - p));
    PredictiveLeadScorer.Evidence e = scorer.evidence(opportunity, false);
    if (e == null) {
      return new WinProbability(PredictiveLeadScorer.percent(p), stageDefault, stageLogOdds, LeadProbability.Basis.NONE, List.of());
    }
    double logOdds = stageLogOdds;
    for (FeatureContribution c : e.contributions) {
      logOdds += c.logOdds();
    }
    double probability = 1 / (1 + Math.exp(-logOdds));
    return new WinProbability(PredictiveLeadScorer.percent(probability), stageDefault, stageLogOdds, scorer.basis(opportunity), e.contributions);
  }
}
