package io.crmkit.sales.assignment;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.event.DomainEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A record was assigned to a user or queue, with the rule and reason that chose them; published by the host
 * once it has stored the new owner: {@code publisher.publish(RecordAssigned.of(tenant, lead.ref(), decision, clock))}.
 */
public record RecordAssigned(
    TenantId tenantId, RecordRef record, AssignmentTarget assignee, String decidedBy, String reason, Instant at)
    implements DomainEvent {

  public RecordAssigned {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(assignee, "assignee");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
  }

  /**
   * The event for {@code decision} on {@code record}, now by {@code clock}.
   *
   * @throws io.crmkit.core.ValidationException when the decision assigned nobody
   */
  public static RecordAssigned of(TenantId tenantId, RecordRef record, AssignmentDecision decision, Clock clock) {
    Objects.requireNonNull(decision, "decision");
    AssignmentTarget target = decision.assignee().orElseThrow(() -> new io.crmkit.core.ValidationException(
        "decision", "assigned nobody (" + decision.reason() + "), so there is no assignment to announce"));
    return new RecordAssigned(tenantId, record, target, decision.decidedBy(), decision.reason(), clock.instant());
  }

  @Override
  public Instant occurredAt() {
    return at;
  }

  @Override
  public Set<RecordRef> subjects() {
    return Set.of(record);
  }
}
