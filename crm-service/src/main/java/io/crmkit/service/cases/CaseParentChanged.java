package io.crmkit.service.cases;

import io.crmkit.core.EntityId;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.event.DomainEvent;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A case got a new parent, lost its parent, or was re-parented by a merge: {@code from} and {@code to} are
 * the parents before and after. Published by {@link CaseService#linkParent}, {@link CaseService#unlinkParent}
 * and {@link CaseService#merge}.
 */
public record CaseParentChanged(
    TenantId tenantId, CaseId caseId, Optional<CaseId> from, Optional<CaseId> to, String actor, Instant at)
    implements DomainEvent {
  public CaseParentChanged {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(from, "from");
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
    Set<RecordRef> refs = new HashSet<>();
    refs.add(RecordRef.of(Case.TYPE_NAME, caseId));
    from.ifPresent(p -> refs.add(RecordRef.of(Case.TYPE_NAME, p)));
    to.ifPresent(p -> refs.add(RecordRef.of(Case.TYPE_NAME, p)));
    return Set.copyOf(refs);
  }
}
