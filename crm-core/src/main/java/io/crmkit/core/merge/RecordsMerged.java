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
 * Records were merged into a survivor: it names every record involved (survivor, merged-away records and
 * re-pointed related records), so caches such as the customer view drop them all.
 * {@code bus.subscribe(RecordsMerged.class, e -> redirect(e.mergedAway(), e.survivor()));}
 */
public record RecordsMerged(
    TenantId tenantId, MergeId mergeId, RecordRef survivor, List<RecordRef> mergedAway, Set<RecordRef> repointed,
    String actor, Instant at)
    implements DomainEvent {

  public RecordsMerged {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(mergeId, "mergeId");
    Objects.requireNonNull(survivor, "survivor");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    mergedAway = List.copyOf(mergedAway);
    repointed = Set.copyOf(repointed);
    ValidationException.check(!mergedAway.isEmpty(), "mergedAway", "names at least one merged-away record");
  }

  @Override
  public Instant occurredAt() {
    return at;
  }

  /** The survivor, the merged-away records, then the re-pointed ones (sorted). */
  @Override
  public Set<RecordRef> subjects() {
    LinkedHashSet<RecordRef> all = new LinkedHashSet<>();
    all.add(survivor);
    all.addAll(mergedAway);
    repointed.stream().sorted().forEach(all::add);
    return Collections.unmodifiableSet(all);
  }
}
