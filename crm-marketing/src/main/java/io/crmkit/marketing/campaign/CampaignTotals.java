package io.crmkit.marketing.campaign;

import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures of a campaign (or of a campaign and everything under it): budget, actual cost, expected
 * revenue, won and pipeline revenue in one currency, and counts of members, responses, opportunities and
 * won opportunities. {@link #plus} adds two totals of the same currency; {@link #roi()} is
 * (won revenue − actual cost) / actual cost.
 */
public record CampaignTotals(
    Money budget, Money actualCost, Money expectedRevenue, Money wonRevenue, Money pipelineRevenue,
    long members, long responses, long opportunities, long wonOpportunities) {
  public CampaignTotals {
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(actualCost, "actualCost");
    Objects.requireNonNull(expectedRevenue, "expectedRevenue");
    Objects.requireNonNull(wonRevenue, "wonRevenue");
    Objects.requireNonNull(pipelineRevenue, "pipelineRevenue");
    Currency c = budget.currency();
    for (Money m : new Money[] {actualCost, expectedRevenue, wonRevenue, pipelineRevenue}) {
      ValidationException.check(m.currency().equals(c), "currency", "all amounts must be in " + c + " but one was " + m);
    }
    ValidationException.checkNotNegative(members, "members");
    ValidationException.checkNotNegative(responses, "responses");
    ValidationException.checkNotNegative(opportunities, "opportunities");
    ValidationException.checkNotNegative(wonOpportunities, "wonOpportunities");
    ValidationException.check(responses <= members, "responses", "must not exceed members");
    ValidationException.check(wonOpportunities <= opportunities, "wonOpportunities", "must not exceed opportunities");
  }

  /** Nothing, in {@code currency}. */
  public static CampaignTotals zero(Currency currency) {
    Money z = Money.zero(currency);
    return new CampaignTotals(z, z, z, z, z, 0, 0, 0, 0);
  }

  public Currency currency() {
    return budget.currency();
  }

  /** The sum of this and {@code other}, which must be in the same currency. */
  public CampaignTotals plus(CampaignTotals other) {
    return new CampaignTotals(budget.plus(other.budget), actualCost.plus(other.actualCost),
        expectedRevenue.plus(other.expectedRevenue), wonRevenue.plus(other.wonRevenue),
        pipelineRevenue.plus(other.pipelineRevenue), members + other.members, responses + other.responses,
        opportunities + other.opportunities, wonOpportunities + other.wonOpportunities);
  }

  /** (won revenue − actual cost) / actual cost to 4 decimals (half even); empty when nothing was spent. */
  public Optional<BigDecimal> roi() {
    return roi(wonRevenue, actualCost);
  }

  /**
   * (won − cost) / cost to 4 decimals, half even; empty when {@code cost} is zero.
   *
   * @throws ValidationException if the two amounts are in different currencies (convert first)
   */
  public static Optional<BigDecimal> roi(Money won, Money cost) {
    Money gain = won.minus(cost);
    if (cost.isZero()) {
      return Optional.empty();
    }
    return Optional.of(gain.amount().divide(cost.amount(), 4, RoundingMode.HALF_EVEN));
  }

  /** Responses over members, to 4 decimals; empty without members. */
  public Optional<BigDecimal> responseRate() {
    return members == 0 ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(responses).divide(BigDecimal.valueOf(members), 4, RoundingMode.HALF_EVEN));
  }
}
