package io.crmkit.marketing.campaign;

import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import io.crmkit.core.money.MoneyConversion;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * A campaign's own figures from its members and conversions: {@code CampaignTotals t =
 * CampaignResults.of(campaign, members, conversions, fx, LocalDate.parse("2026-06-30"));} then {@code t.roi()}.
 * Opportunity amounts in other currencies are converted into the campaign currency at the rates in force on
 * the given date, never summed as they are.
 */
public final class CampaignResults {
  private CampaignResults() {}

  /**
   * The totals of {@code campaign} alone.
   *
   * @throws ValidationException if a member or conversion belongs to another campaign, or a rate is missing
   */
  public static CampaignTotals of(Campaign campaign, Collection<CampaignMember> members,
      Collection<CampaignConversion> conversions, MoneyConversion fx, LocalDate ratesOn) {
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(members, "members");
    Objects.requireNonNull(conversions, "conversions");
    Objects.requireNonNull(fx, "fx");
    Objects.requireNonNull(ratesOn, "ratesOn");
    long responses = 0;
    for (CampaignMember m : members) {
      ValidationException.check(m.campaign().equals(campaign.id()), "members", m.member() + " is a member of " + m.campaign());
      if (m.hasResponded()) {
        responses++;
      }
    }
    Money won = Money.zero(campaign.currency());
    Money pipeline = Money.zero(campaign.currency());
    long wonCount = 0;
    for (CampaignConversion c : conversions) {
      ValidationException.check(c.campaign().equals(campaign.id()), "conversions", c.opportunityId() + " is a conversion of " + c.campaign());
      Money amount = fx.convert(c.amount(), campaign.currency(), ratesOn);
      pipeline = pipeline.plus(amount);
      if (c.won()) {
        won = won.plus(amount);
        wonCount++;
      }
    }
    return new CampaignTotals(campaign.budget(), campaign.actualCost(), campaign.expectedRevenue(), won, pipeline,
        members.size(), responses, conversions.size(), wonCount);
  }
}
