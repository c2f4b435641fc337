package io.crmkit.service.cases;

import io.crmkit.core.EntityId;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.event.DomainEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A case was opened (stored for the first time) in status {@code status} through {@code channel}.
 * Published by {@link CaseService#open}: {@code change.events(CaseOpened.class)}.
 */
public record CaseOpened(TenantId tenantId, CaseId caseId, String status, CaseChannel channel, String actor, Instant at)
    implements DomainEvent {
  public CaseOpened {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(channel, "channel");
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
