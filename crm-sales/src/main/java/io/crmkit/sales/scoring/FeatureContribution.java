package io.crmkit.sales.scoring;

import java.util.Objects;

/**
 * How one (variable, value) of a lead moved its predicted probability: the share of won and of lost leads
 * with that value ({@code P(value | won)}, {@code P(value | lost)}) and their log-odds
 * {@code ln(wonLikelihood / lostLikelihood)} — positive raises the probability, negative lowers it. The
 * prior's log-odds plus every contribution's is the logit of the probability before rounding.
 *
 * <p>{@code probability.contributions().stream().mapToDouble(FeatureContribution::logOdds).sum()}
 */
public record FeatureContribution(String variable, String value, double wonLikelihood, double lostLikelihood, double logOdds) {
  public FeatureContribution {
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(value, "value");
  }
}
