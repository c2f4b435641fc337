package io.crmkit.core.party;

import io.crmkit.core.EntityId;

/**
 * The id of a {@link PartyRelationship}, unique within a tenant; new ones come from an
 * {@link io.crmkit.core.IdGenerator}: {@code RelationshipId id = ids.next(RelationshipId::new);}
 */
public record RelationshipId(String value) implements EntityId {
  public RelationshipId {
    EntityId.checked(value, "relationshipId");
  }

  @Override
  public String toString() {
    return value;
  }
}
