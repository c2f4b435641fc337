package io.crmkit.core.event;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A record was created, updated or deleted by {@code actor} at {@code at}. {@code related} names records
 * whose views include this one (the account of a contact, the parties of an activity), so caches of those
 * can be invalidated too.
 *
 * <p>{@code new RecordChanged(tenant, RecordRef.of("contact", id), ChangeKind.UPDATED, Set.of(), "u-1", now)}
 */
public record RecordChanged(
    TenantId tenantId, RecordRef record, ChangeKind kind, Set<RecordRef> related, String actor, Instant at)
    implements DomainEvent {

  public RecordChanged {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    related = Set.copyOf(related);
    ValidationException.check(!actor.isBlank(), "actor", "must name who made the change (a user id, 'system', ...)");
    ValidationException.check(!related.contains(record), "related", "must not contain the changed record itself (" + record + ")");
  }

  @Override
  public Instant occurredAt() {
    return at;
  }

  /** The changed record followed by the related ones. */
  @Override
  public Set<RecordRef> subjects() {
    LinkedHashSet<RecordRef> all = new LinkedHashSet<>();
    all.add(record);
    related.stream().sorted().forEach(all::add);
    return java.util.Collections.unmodifiableSet(all);
  }
}
