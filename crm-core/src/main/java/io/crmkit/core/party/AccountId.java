package io.crmkit.core.party;

import io.crmkit.core.EntityId;

/**
 * The id of a {@link Account}, unique within a tenant; new ones come from an
 * {@link io.crmkit.core.IdGenerator}: {@code AccountId id = ids.next(AccountId::new);}
 */
public record AccountId(String value) implements EntityId {
  public AccountId {
    EntityId.checked(value, "accountId");
  }

  @Override
  public String toString() {
    return value;
  }
}
