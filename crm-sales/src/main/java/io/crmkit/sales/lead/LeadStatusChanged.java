package io.crmkit.sales.lead;

import io.crmkit.core.EntityId;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.event.DomainEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A lead's status moved in its lifecycle: {@code from --event--> to}, by {@code actor} at {@code at}.
 * Published by {@link LeadService#changeStatus}; conversion publishes {@link LeadConverted} instead.
 */
public record LeadStatusChanged(
    TenantId tenantId, LeadId lead, String from, String event, String to, String actor, Instant at) implements DomainEvent {
  public LeadStatusChanged {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(at, "at");
    EntityId.checked(actor, "actor");
  }

  @Override
  public Instant occurredAt() {
    return at;
  }

  @Override
  public Set<RecordRef> subjects() {
    return Set.of(RecordRef.of(Lead.TYPE_NAME, lead));
  }
}
