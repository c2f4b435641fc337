package io.crmkit.service.cases;

import io.crmkit.core.EntityId;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.event.DomainEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Cases were merged into a survivor: their comments ({@code movedComments} of them) and status histories
 * moved into it, they were closed and made read-only, and their children ({@code reparented}) now hang under
 * the survivor. Published last by {@link CaseService#merge}.
 */
public record CasesMerged(
    TenantId tenantId, CaseId survivor, List<CaseId> merged, List<CaseId> reparented, int movedComments, String actor, Instant at)
    implements DomainEvent {
  public CasesMerged {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(survivor, "survivor");
    merged = List.copyOf(merged);
    reparented = List.copyOf(reparented);
    Objects.requireNonNull(at, "at");
    EntityId.checked(actor, "actor");
    ValidationException.check(!merged.isEmpty(), "merged", "a merge merges at least one case");
    ValidationException.check(movedComments >= 0, "movedComments", "must not be negative");
  }

  @Override
  public Instant occurredAt() {
    return at;
  }

  @Override
  public Set<RecordRef> subjects() {
    List<RecordRef> refs = new ArrayList<>();
    refs.add(RecordRef.of(Case.TYPE_NAME, survivor));
    merged.forEach(m -> refs.add(RecordRef.of(Case.TYPE_NAME, m)));
    reparented.forEach(m -> refs.add(RecordRef.of(Case.TYPE_NAME, m)));
    return Set.copyOf(refs);
  }
}
