package io.crmkit.sales.partner;

import io.crmkit.core.EntityId;

/**
 * The id of a {@link DealRegistration}, unique within a tenant:
 * {@code DealRegistrationId id = ids.next(DealRegistrationId::new);}
 */
public record DealRegistrationId(String value) implements EntityId {
  public DealRegistrationId {
    EntityId.checked(value, "dealRegistrationId");
  }

  @Override
  public String toString() {
    return value;
  }
}
