package io.crmkit.marketing.campaign;

import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/** The part of opportunity {@code opportunityId} credited to {@code campaign}: a weight in [0, 1] and the amount. */
public record InfluenceShare(String opportunityId, CampaignId campaign, BigDecimal weight, Money amount) {
  public InfluenceShare {
    Objects.requireNonNull(opportunityId, "opportunityId");
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(amount, "amount");
    ValidationException.check(weight.signum() >= 0 && weight.compareTo(BigDecimal.ONE) <= 0, "weight", "must be in [0, 1] but was " + weight);
  }
}
