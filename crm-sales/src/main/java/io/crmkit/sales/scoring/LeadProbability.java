package io.crmkit.sales.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The predicted probability (in percent, two decimals) that a lead will be won, as Odoo computes it, with
 * what made it: which counts were used (the lead's team, or all teams when the team has no data), the prior
 * log-odds (won vs lost leads) and each (variable, value)'s contribution.
 *
 * <p>{@code scorer.score(observation).probability().orElseThrow()}
 *
 * @param status whether a probability could be computed, and why not
 * @param probability the probability in percent: 0 without stage, 100 in a won stage, otherwise 0.01 to 99.99;
 *     empty when not computable
 * @param basis whose counts were used
 * @param priorLogOdds {@code ln(won / lost)} of the basis' closed leads (0 when no counts were used)
 * @param contributions the (variable, value) pairs that took part, stage first
 */
public record LeadProbability(
    Status status, Optional<BigDecimal> probability, Basis basis, double priorLogOdds, List<FeatureContribution> contributions) {

  /** Whether and how the probability was found. */
  public enum Status {
    /** Computed from the frequency table. */
    COMPUTED,
    /** The lead has no stage: 0, as in Odoo. */
    NO_STAGE,
    /** The lead is in a won stage: 100. */
    WON_STAGE,
    /** The basis has no won or no lost lead: Odoo leaves the probability as it was. */
    NOT_COMPUTABLE
  }

  /** Whose counts a probability was computed from. */
  public enum Basis {
    /** The lead's own sales team. */
    TEAM,
    /** Every team together, for a lead without team or of a team without counts. */
    ALL_TEAMS,
    /** None: the status decided alone. */
    NONE
  }

  public LeadProbability {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(probability, "probability");
    Objects.requireNonNull(basis, "basis");
    contributions = List.copyOf(contributions);
  }

  /** The sum of the prior's and the contributions' log-odds: the logit of the unrounded probability. */
  public double logOdds() {
    double sum = priorLogOdds;
    for (FeatureContribution c : contributions) {
      sum += c.logOdds();
    }
    return sum;
  }
}
