package io.crmkit.sales.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An opportunity's win probability in percent (two decimals) from {@link OpportunityWinProbability}: the
 * stage's default probability it started from, its log-odds, the naive-Bayes contributions of the
 * opportunity's values that moved it, and whose counts they came from.
 *
 * <p>{@code WinProbability p = wins.estimate(new BigDecimal("40"), observation); p.probability();}
 */
public record WinProbability(
    BigDecimal probability, BigDecimal stageDefault, double stageLogOdds, LeadProbability.Basis basis, List<FeatureContribution> contributions) {
  public WinProbability {
    Objects.requireNonNull(probability, "probability");
    Objects.requireNonNull(stageDefault, "stageDefault");
    Objects.requireNonNull(basis, "basis");
    contributions = List.copyOf(contributions);
  }

  /** The stage's log-odds plus every contribution's: the logit of the unrounded probability. */
  public double logOdds() {
    double sum = stageLogOdds;
    for (FeatureContribution c : contributions) {
      sum += c.logOdds();
    }
    return sum;
  }
}
