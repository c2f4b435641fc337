package io.crmkit.marketing.segment;

import io.crmkit.core.EntityId;

/**
 * The id of a segment, unique within a tenant; new ones come from an {@link io.crmkit.core.IdGenerator}:
 * {@code SegmentId id = ids.next(SegmentId::new);}
 */
public record SegmentId(String value) implements EntityId {
  public SegmentId {
    EntityId.checked(value, "segmentId");
  }

  @Override
  public String toString() {
    return value;
  }
}
