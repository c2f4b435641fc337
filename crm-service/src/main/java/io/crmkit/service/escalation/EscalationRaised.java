package io.crmkit.service.escalation;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.event.DomainEvent;
import io.crmkit.service.cases.Case;
import io.crmkit.service.cases.CaseId;
import io.crmkit.service.routing.WorkPriority;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A tier of an escalation rule fired for a case: which rule and tier, the rule's reason, the item's priority,
 * type, product and queue when it fired, its age in the rule's time basis, and the actions the host is to take.
 * Returned by {@link EscalationRules#evaluate}; the host publishes it once it has acted:
 * {@code evaluation.raised().forEach(publisher::publish);}
 */
public record EscalationRaised(
    TenantId tenantId, CaseId caseId, String rule, String tier, String reason, WorkPriority priority, String type,
    Optional<String> product, String queue, Duration age, TimeBasis basis, List<EscalationAction> actions,
    Instant occurredAt) implements DomainEvent {

  /** The record type under which cases are referenced by events: {@link Case#TYPE_NAME}, as in every case's {@link Case#ref()}. */
  public static final String CASE_TYPE = Case.TYPE_NAME;

  public EscalationRaised {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(age, "age");
    Objects.requireNonNull(basis, "basis");
    actions = List.copyOf(Objects.requireNonNull(actions, "actions"));
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  /** The tier to remember as fired for this case. */
  public FiredTier firedTier() {
    return new FiredTier(rule, tier);
  }

  @Override
  public Set<RecordRef> subjects() {
    return Set.of(RecordRef.of(CASE_TYPE, caseId));
  }
}
