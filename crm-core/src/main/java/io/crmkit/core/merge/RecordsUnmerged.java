package io.crmkit.core.merge;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.event.DomainEvent;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A merge was undone: the survivor has its former values again, the merged-away records are back under their
 * ids and the related records point where they did. Names every record involved, for cache invalidation.
 * {@code bus.subscribe(RecordsUnmerged.class, e -> cache.invalidateAll(e.subjects()));}
 */
public record RecordsUnmerged(
    TenantId tenantId, MergeId mergeId, RecordRef survivor, List<RecordRef> restored, Set<RecordRef> repointed,
    String actor, Instant at)
    implements DomainEvent {

  public RecordsUnmerged {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(mergeId, "mergeId");
    Objects.requireNonNull(survivor, "survivor");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    restored = List.copyOf(restored);
    repointed = Set.copyOf(repointed);
    ValidationException.check(!restored.isEmpty(), "restored", "names at least one restored record");
  }

  @Override
  public Instant occurredAt() {
    return at;
  }

  /** The survivor, the restored records, then the related ones put back (sorted). */
  @Override
  public Set<RecordRef> subjects() {
    LinkedHashSet<RecordRef> all = new LinkedHashSet<>();
    all.add(survivor);
    all.addAll(restored);
    repointed.stream().sorted().forEach(all::add);
    return Collections.unmodifiableSet(all);
  }
}
