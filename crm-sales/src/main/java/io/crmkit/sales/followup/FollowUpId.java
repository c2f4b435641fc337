package io.crmkit.sales.followup;

import io.crmkit.core.EntityId;

/** The id of a {@link FollowUp}, unique within a tenant: {@code FollowUpId id = ids.next(FollowUpId::new);} */
public record FollowUpId(String value) implements EntityId {
  public FollowUpId {
    EntityId.checked(value, "followUpId");
  }

  @Override
  public String toString() {
    return value;
  }
}
