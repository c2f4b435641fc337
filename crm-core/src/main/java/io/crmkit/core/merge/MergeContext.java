package io.crmkit.core.merge;

import io.crmkit.core.RecordRef;
import io.crmkit.core.store.TenantStore;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a {@link MergeParticipant} needs to re-point its records: the tenant store (inside the merge's
 * transaction), the survivor, the merged-away records, the merge time and the actor.
 * {@code context.repoint(lead.contact())} maps a merged-away reference to the survivor.
 */
public final class MergeContext {
  private final TenantStore store;
  private final RecordRef survivor;
  private final List<RecordRef> mergedAway;
  private final Set<RecordRef> mergedAwaySet;
  private final Instant at;
  private final String actor;

  /** A context; {@code mergedAway} must not contain the survivor. */
  public MergeContext(TenantStore store, RecordRef survivor, List<RecordRef> mergedAway, Instant at, String actor) {
    this.store = Objects.requireNonNull(store, "store");
    this.survivor = Objects.requireNonNull(survivor, "survivor");
    this.mergedAway = List.copyOf(mergedAway);
    this.mergedAwaySet = Set.copyOf(mergedAway);
    this.at = Objects.requireNonNull(at, "at");
    this.actor = Objects.requireNonNull(actor, "actor");
    io.crmkit.core.ValidationException.check(
        !mergedAwaySet.contains(survivor), "mergedAway", "must not contain the survivor " + survivor);
  }

  /** The tenant store; writes through it join the merge's transaction. */
  public TenantStore store() {
    return store;
  }

  /** The record that survives. */
  public RecordRef survivor() {
    return survivor;
  }

  /** The records merged into the survivor, which are being deleted. */
  public List<RecordRef> mergedAway() {
    return mergedAway;
  }

  /** The merged-away records as {@code type:id} texts, the form reference fields are queried in. */
  public List<String> mergedAwayTexts() {
    return mergedAway.stream().map(RecordRef::toString).toList();
  }

  /** Whether {@code ref} is one of the merged-away records. */
  public boolean isMergedAway(RecordRef ref) {
    return mergedAwaySet.contains(ref);
  }

  /** The survivor when {@code ref} was merged away, else {@code ref} itself. */
  public RecordRef repoint(RecordRef ref) {
    return isMergedAway(ref) ? survivor : ref;
  }

  /** When the merge happens (from the merge's clock). */
  public Instant at() {
    return at;
  }

  /** Who merges. */
  public String actor() {
    return actor;
  }
}
