package io.crmkit.sales.partner;

import io.crmkit.core.EntityId;

/**
 * The id of a {@link Partner} (an account's partner programme membership), unique within a tenant:
 * {@code PartnerId id = ids.next(PartnerId::new);}
 */
public record PartnerId(String value) implements EntityId {
  public PartnerId {
    EntityId.checked(value, "partnerId");
  }

  @Override
  public String toString() {
    return value;
  }
}
