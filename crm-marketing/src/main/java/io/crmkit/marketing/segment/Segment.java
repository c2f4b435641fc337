package io.crmkit.marketing.segment;

import io.crmkit.core.Aggregate;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.EntityType;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A stored segment definition: a name, what it selects ({@link SegmentTarget}), the condition
 * ({@link SegmentCondition}), the suppression lists applied after evaluation and the seed lists added to
 * every send. {@link Segments} stores, compiles and evaluates it.
 *
 * <pre>{@code
 * Segment gold = Segment.of(ids.next(SegmentId::new), tenant, "Gold newsletter readers", SegmentTarget.CONTACTS,
 *     SegmentCondition.matches(Criteria.eq(FieldRef.text("custom.tier"), "gold")), clock.instant())
 *     .withSuppressionLists(List.of(competitors.id()));
 * }</pre>
 */
public record Segment(
    SegmentId id,
    TenantId tenantId,
    long version,
    String name,
    SegmentTarget target,
    SegmentCondition condition,
    List<ListId> suppressionLists,
    List<ListId> seedLists,
    Instant createdAt,
    Instant updatedAt)
    implements Aggregate<SegmentId> {

  /** The entity type name, used in record references. */
  public static final String TYPE_NAME = "segment";
  /** The segment's name. */
  public static final FieldRef<String> NAME = FieldRef.text("name");
  /** The target, by name. */
  public static final FieldRef<String> TARGET = FieldRef.text("target");

  /** The entity type {@code segment}. */
  public static final EntityType<Segment, SegmentId> TYPE =
      EntityType.builder(TYPE_NAME, Segment.class, SegmentId::new)
          .field(NAME, Segment::name)
          .field(TARGET, s -> s.target().name())
          .build();

  public Segment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    ValidationException.checkNotNegative(version, "version");
    ValidationException.check(!name.isBlank() && name.length() <= 200, "name", "must have 1 to 200 characters and not be blank");
    suppressionLists = List.copyOf(new LinkedHashSet<>(suppressionLists));
    seedLists = List.copyOf(new LinkedHashSet<>(seedLists));
    ValidationException.check(!updatedAt.isBefore(createdAt), "updatedAt", "must not be before createdAt " + createdAt);
  }

  /** A new segment (version 0) without suppression or seed lists. */
  public static Segment of(SegmentId id, TenantId tenantId, String name, SegmentTarget target, SegmentCondition condition, Instant at) {
    return new Segment(id, tenantId, 0, name, target, condition, List.of(), List.of(), at, at);
  }

  public Segment withName(String value) {
    return new Segment(id, tenantId, version, value, target, condition, suppressionLists, seedLists, createdAt, updatedAt);
  }

  public Segment withCondition(SegmentCondition value) {
    return new Segment(id, tenantId, version, name, target, value, suppressionLists, seedLists, createdAt, updatedAt);
  }

  public Segment withSuppressionLists(List<ListId> value) {
    return new Segment(id, tenantId, version, name, target, condition, value, seedLists, createdAt, updatedAt);
  }

  public Segment withSeedLists(List<ListId> value) {
    return new Segment(id, tenantId, version, name, target, condition, suppressionLists, value, createdAt, updatedAt);
  }

  /** This segment marked as changed at {@code value}. */
  public Segment withUpdatedAt(Instant value) {
    return new Segment(id, tenantId, version, name, target, condition, suppressionLists, seedLists, createdAt, value);
  }

  @Override
  public Segment withVersion(long version) {
    return new Segment(id, tenantId, version, name, target, condition, suppressionLists, seedLists, createdAt, updatedAt);
  }
}
