package io.crmkit.marketing.campaign;

import io.crmkit.core.EntityId;

/**
 * The id of a campaign, unique within a tenant; new ones come from an {@link io.crmkit.core.IdGenerator}:
 * {@code CampaignId id = ids.next(CampaignId::new);}
 */
public record CampaignId(String value) implements EntityId {
  public CampaignId {
    EntityId.checked(value, "campaignId");
  }

  @Override
  public String toString() {
    return value;
  }
}
