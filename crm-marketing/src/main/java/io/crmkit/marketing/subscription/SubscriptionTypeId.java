package io.crmkit.marketing.subscription;

import io.crmkit.core.EntityId;

/** The id of a {@link SubscriptionType}, unique within a tenant: {@code ids.next(SubscriptionTypeId::new)}. */
public record SubscriptionTypeId(String value) implements EntityId {
  public SubscriptionTypeId {
    EntityId.checked(value, "subscriptionTypeId");
  }

  @Override
  public String toString() {
    return value;
  }
}
