package io.crmkit.core.merge;

import io.crmkit.core.EntityId;

/**
 * The id of a {@link MergeRecord}, unique within a tenant: {@code MergeId id = ids.next(MergeId::new);}
 */
public record MergeId(String value) implements EntityId {
  public MergeId {
    EntityId.checked(value, "mergeId");
  }

  @Override
  public String toString() {
    return value;
  }
}
