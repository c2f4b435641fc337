package io.crmkit.marketing.segment;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.query.Values;
import io.crmkit.core.store.EntityType;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Who was in a segment (after suppression) at an instant: the evidence of "who was targeted when".
 * {@link Segments#snapshot} takes one, {@link Segments#snapshotAt} finds the one in force at an instant and
 * {@link Segments#diff} compares two.
 *
 * <p>{@code MembershipSnapshot monday = segments.snapshot(segment.id());}
 */
public record MembershipSnapshot(
    SnapshotId id, TenantId tenantId, long version, SegmentId segment, long segmentVersion, Instant takenAt, List<String> members)
    implements Aggregate<SnapshotId> {

  /** The segment's id; indexed. */
  public static final FieldRef<String> SEGMENT = FieldRef.text("segment");
  /** When the snapshot was taken. */
  public static final FieldRef<Instant> TAKEN_AT = FieldRef.instant("takenAt");

  /** The entity type {@code segment_snapshot}. */
  public static final EntityType<MembershipSnapshot, SnapshotId> TYPE =
      EntityType.builder("segment_snapshot", MembershipSnapshot.class, SnapshotId::new)
          .field(SEGMENT, s -> s.segment().value())
          .field(TAKEN_AT, MembershipSnapshot::takenAt)
          .index(SEGMENT)
          .build();

  public MembershipSnapshot {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(takenAt, "takenAt");
    Objects.requireNonNull(members, "members");
    ValidationException.checkNotNegative(version, "version");
    ValidationException.checkNotNegative(segmentVersion, "segmentVersion");
    TreeSet<String> sorted = new TreeSet<>(Values.CODE_POINT_ORDER);
    for (String m : members) {
      sorted.add(EntityId.checked(Objects.requireNonNull(m, "members[]"), "members[]"));
    }
    members = List.copyOf(sorted);
  }

  /** Whether {@code memberId} was in the segment. */
  public boolean contains(String memberId) {
    return Collections.binarySearch(members, memberId, Values.CODE_POINT_ORDER) >= 0;
  }

  @Override
  public MembershipSnapshot withVersion(long version) {
    return new MembershipSnapshot(id, tenantId, version, segment, segmentVersion, takenAt, members);
  }
}
