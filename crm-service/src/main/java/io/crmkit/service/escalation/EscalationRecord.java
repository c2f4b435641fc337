package io.crmkit.service.escalation;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.service.cases.CaseId;
import io.crmkit.service.routing.WorkPriority;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One stored escalation, the input of {@link EscalationReport}: which case, why (the rule's reason), its
 * product and priority when it was raised, and when. {@code EscalationRecord.of(raisedEvent)}.
 */
public record EscalationRecord(
    TenantId tenantId, CaseId caseId, String reason, Optional<String> product, WorkPriority priority, Instant raisedAt) {
  public EscalationRecord {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(raisedAt, "raisedAt");
    ValidationException.check(!reason.isBlank(), "reason", "must not be blank");
  }

  /** The record of an escalation event. */
  public static EscalationRecord of(EscalationRaised raised) {
    Objects.requireNonNull(raised, "raised");
    return new EscalationRecord(raised.tenantId(), raised.caseId(), raised.reason(), raised.product(),
        raised.priority(), raised.occurredAt());
  }
}
