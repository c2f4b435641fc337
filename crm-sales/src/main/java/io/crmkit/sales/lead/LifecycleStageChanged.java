package io.crmkit.sales.lead;

import io.crmkit.core.EntityId;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.event.DomainEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A lead's lifecycle stage changed: forward, or (with {@code resetReason}) by an explicit reset in either
 * direction. {@code if (e.isReset()) audit(e.resetReason().orElseThrow());}
 */
public record LifecycleStageChanged(
    TenantId tenantId, LeadId lead, LifecycleStage from, LifecycleStage to, Optional<String> resetReason, String actor, Instant at)
    implements DomainEvent {
  public LifecycleStageChanged {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(at, "at");
    resetReason = LeadText.optional(resetReason, "resetReason");
    EntityId.checked(actor, "actor");
    io.crmkit.core.ValidationException.check(
        resetReason.isPresent() || from.canAdvanceTo(to),
        "to",
        "a stage change from " + from + " back to " + to + " is a reset and needs a reason");
  }

  /** Whether this was an explicit reset rather than a forward move. */
  public boolean isReset() {
    return resetReason.isPresent();
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
