package io.crmkit.marketing.campaign;

import io.crmkit.core.RecordRef;
import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import java.util.Objects;

/**
 * An opportunity a campaign member became (plain values: crm-marketing does not depend on crm-sales): the
 * opportunity id, its amount, and whether it is won, e.g.
 * {@code new CampaignConversion(campaign, RecordRef.parse("lead:7"), "opp-1", Money.of("900", "EUR"), true)}.
 */
public record CampaignConversion(CampaignId campaign, RecordRef member, String opportunityId, Money amount, boolean won) {
  public CampaignConversion {
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(opportunityId, "opportunityId");
    Objects.requireNonNull(amount, "amount");
    ValidationException.check(!opportunityId.isBlank(), "opportunityId", "must not be blank");
    ValidationException.check(!amount.isNegative(), "amount", "must not be negative");
  }
}
