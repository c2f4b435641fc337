package io.crmkit.service.cases;

import io.crmkit.core.EntityId;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.event.DomainEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A case's status moved: {@code from --event--> to}, by {@code actor} at {@code at}. Published by {@link
 * CaseService#changeStatus}, by intake when a customer's reply reopens a case, and by {@link CaseService#merge}
 * for each merged case (event {@link CaseLifecycle#MERGE}).
 */
public record CaseStatusChanged(
    TenantId tenantId, CaseId caseId, String from, String event, String to, String actor, Instant at) implements DomainEvent {
  public CaseStatusChanged {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(caseId, "caseId");
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
    return Set.of(RecordRef.of(Case.TYPE_NAME, caseId));
  }
}
