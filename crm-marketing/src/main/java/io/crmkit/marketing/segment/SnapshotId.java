package io.crmkit.marketing.segment;

import io.crmkit.core.EntityId;

/** The id of a {@link MembershipSnapshot}: {@code ids.next(SnapshotId::new)}. */
public record SnapshotId(String value) implements EntityId {
  public SnapshotId {
    EntityId.checked(value, "snapshotId");
  }

  @Override
  public String toString() {
    return value;
  }
}
