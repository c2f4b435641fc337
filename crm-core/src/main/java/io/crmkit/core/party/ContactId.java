package io.crmkit.core.party;

import io.crmkit.core.EntityId;

/**
 * The id of a {@link Contact}, unique within a tenant; new ones come from an
 * {@link io.crmkit.core.IdGenerator}: {@code ContactId id = ids.next(ContactId::new);}
 */
public record ContactId(String value) implements EntityId {
  public ContactId {
    EntityId.checked(value, "contactId");
  }

  @Override
  public String toString() {
    return value;
  }
}
