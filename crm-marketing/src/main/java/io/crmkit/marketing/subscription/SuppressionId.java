package io.crmkit.marketing.subscription;

import io.crmkit.core.EntityId;

/** The id of a {@link GlobalSuppression}, unique within a tenant: {@code ids.next(SuppressionId::new)}. */
public record SuppressionId(String value) implements EntityId {
  public SuppressionId {
    EntityId.checked(value, "suppressionId");
  }

  @Override
  public String toString() {
    return value;
  }
}
