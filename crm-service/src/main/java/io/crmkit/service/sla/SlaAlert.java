package io.crmkit.service.sla;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.event.DomainEvent;
import io.crmkit.service.cases.CaseId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * An SLA warning or breach of one clock cycle of a case, raised once: {@link #key()} is its idempotency key
 * ({@code case/metric/cycle/kind}), which the host persists with the event.
 *
 * <p>{@code if (alert.kind() == SlaAlert.Kind.BREACHED) escalate(alert.caseId());}
 */
public record SlaAlert(
    TenantId tenantId, CaseId caseId, SlaMetric metric, int cycle, Kind kind, Instant occurredAt, Duration target)
    implements DomainEvent {
  /** A warning (the warning share of the target passed) or a breach (the target passed). */
  public enum Kind {
    /** The policy's warning share of the target has elapsed. */
    WARNING,
    /** The target has been exceeded. */
    BREACHED
  }

  public SlaAlert {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(target, "target");
  }

  /** The idempotency key of this alert. */
  public String key() {
    return key(caseId, metric, cycle, kind);
  }

  static String key(CaseId caseId, SlaMetric metric, int cycle, Kind kind) {
    return caseId.value() + "/" + metric + "/" + cycle + "/" + kind;
  }

  @Override
  public Set<RecordRef> subjects() {
    return Set.of(RecordRef.of(io.crmkit.service.cases.Case.TYPE_NAME, caseId));
  }
}
