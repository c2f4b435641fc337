package io.crmkit.sales.opportunity;

import io.crmkit.core.EntityId;

/**
 * The id of an opportunity, unique within a tenant; new ones come from an
 * {@link io.crmkit.core.IdGenerator}: {@code OpportunityId id = ids.next(OpportunityId::new);}
 */
public record OpportunityId(String value) implements EntityId {
  public OpportunityId {
    EntityId.checked(value, "opportunityId");
  }

  @Override
  public String toString() {
    return value;
  }
}
