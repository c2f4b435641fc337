package io.crmkit.core.merge;

import io.crmkit.core.Aggregate;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.EntityType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a merge changed, kept so that nothing is lost and the merge can be undone: the survivor as it
 * was, every merged-away record in full, the {@link Lineage} of the golden record, every re-pointed or
 * removed related record with its before-image, who merged and when, and, once undone, who unmerged and when.
 * Stored like any aggregate ({@link #TYPE}); {@code merges.unmerge(record.id(), actor)} undoes it.
 *
 * <p>Query by {@link #SURVIVOR} ("what was merged into X") or {@link #MERGED_AWAY} ("where did Y go").
 *
 * @param survivorBefore the survivor before the merge (its id is kept by the golden record)
 * @param survivorVersionAfter the survivor's version after the merge wrote the golden values
 * @param mergedAway the records merged into the survivor and deleted, as they were
 * @param repointed the related records changed, in the order they were changed
 * @param unmerged who undid the merge and when; empty while the merge stands
 */
public record MergeRecord(
    MergeId id,
    TenantId tenantId,
    long version,
    RecordImage survivorBefore,
    long survivorVersionAfter,
    List<RecordImage> mergedAway,
    Lineage lineage,
    List<Repointing> repointed,
    String actor,
    Instant mergedAt,
    Optional<Unmerging> unmerged)
    implements Aggregate<MergeId> {

  /** Who undid a merge and when. */
  public record Unmerging(String actor, Instant at) {
    public Unmerging {
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(at, "at");
      ValidationException.check(!actor.isBlank(), "unmerged.actor", "must name who unmerged");
    }
  }

  /** The entity type name. */
  public static final String TYPE_NAME = "merge_record";

  /** The survivor as {@code type:id}. Indexed. */
  public static final FieldRef<String> SURVIVOR = FieldRef.text("survivor");
  /** Every merged-away record as {@code type:id}. Multi-valued, indexed. */
  public static final FieldRef<String> MERGED_AWAY = FieldRef.text("mergedAway");
  /** The merged entity type, e.g. {@code contact}. */
  public static final FieldRef<String> ENTITY_TYPE = FieldRef.text("entityType");
  /** {@code MERGED} or {@code UNMERGED}. */
  public static final FieldRef<String> STATUS = FieldRef.text("status");
  public static final FieldRef<Instant> MERGED_AT = FieldRef.instant("mergedAt");

  /** Describes merge records to the stores. */
  public static final EntityType<MergeRecord, MergeId> TYPE =
      EntityType.builder(TYPE_NAME, MergeRecord.class, MergeId::new)
          .field(SURVIVOR, r -> r.survivor().toString())
          .multiField(MERGED_AWAY, r -> r.mergedAwayRefs().stream().map(RecordRef::toString).toList())
          .field(ENTITY_TYPE, MergeRecord::entityType)
          .field(STATUS, r -> r.undone() ? "UNMERGED" : "MERGED")
          .field(MERGED_AT, MergeRecord::mergedAt)
          .index(SURVIVOR, MERGED_AWAY)
          .build();

  public MergeRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(survivorBefore, "survivorBefore");
    Objects.requireNonNull(lineage, "lineage");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(mergedAt, "mergedAt");
    Objects.requireNonNull(unmerged, "unmerged");
    mergedAway = List.copyOf(mergedAway);
    repointed = List.copyOf(repointed);
    ValidationException.check(version >= 0, "version", "must not be negative but was " + version);
    ValidationException.check(survivorVersionAfter >= 0, "survivorVersionAfter", "must not be negative");
    ValidationException.check(!actor.isBlank(), "actor", "must name who merged (a user id, 'system', ...)");
    ValidationException.check(!mergedAway.isEmpty(), "mergedAway", "a merge merges at least one record into the survivor");
    for (RecordImage m : mergedAway) {
      ValidationException.check(
          m.ref().type().equals(survivorBefore.ref().type()),
          "mergedAway",
          "merges records of one type, but " + m.ref() + " is not a " + survivorBefore.ref().type());
    }
    unmerged.ifPresent(u -> ValidationException.check(
        !u.at().isBefore(mergedAt), "unmerged.at", "must not be before the merge at " + mergedAt));
  }

  /** The record that survived. */
  public RecordRef survivor() {
    return survivorBefore.ref();
  }

  /** The merged entity type name, e.g. {@code contact}. */
  public String entityType() {
    return survivorBefore.ref().type();
  }

  /** The merged-away records. */
  public List<RecordRef> mergedAwayRefs() {
    return mergedAway.stream().map(RecordImage::ref).toList();
  }

  /** Whether the merge has been undone. */
  public boolean undone() {
    return unmerged.isPresent();
  }

  /** The image of merged-away record {@code ref}, when it was merged here. */
  public Optional<RecordImage> mergedAway(RecordRef ref) {
    return mergedAway.stream().filter(m -> m.ref().equals(ref)).findFirst();
  }

  @Override
  public MergeRecord withVersion(long version) {
    return new MergeRecord(
        id, tenantId, version, survivorBefore, survivorVersionAfter, mergedAway, lineage, repointed, actor, mergedAt, unmerged);
  }

  /** This merge marked as undone by {@code actor} at {@code at}. */
  public MergeRecord withUnmerged(String actor, Instant at) {
    return new MergeRecord(
        id, tenantId, version, survivorBefore, survivorVersionAfter, mergedAway, lineage, repointed, this.actor, mergedAt,
        Optional.of(new Unmerging(actor, at)));
  }
}
