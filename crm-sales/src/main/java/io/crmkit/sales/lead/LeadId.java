package io.crmkit.sales.lead;

import io.crmkit.core.EntityId;

/**
 * The id of a lead, unique within a tenant; new ones come from an {@link io.crmkit.core.IdGenerator}:
 * {@code LeadId id = ids.next(LeadId::new);}
 */
public record LeadId(String value) implements EntityId {
  public LeadId {
    EntityId.checked(value, "leadId");
  }

  @Override
  public String toString() {
    return value;
  }
}
