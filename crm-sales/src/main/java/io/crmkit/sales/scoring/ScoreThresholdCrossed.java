package io.crmkit.sales.scoring;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.event.DomainEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A record's score crossed a threshold: it entered (reached the upper bound) or left (fell below the lower
 * bound). Raised once per crossing by {@link ScoreThresholds#evaluate}; the host publishes it, e.g. to route a
 * sales-ready lead.
 *
 * <p>{@code decision.event().ifPresent(publisher::publish)}
 */
public record ScoreThresholdCrossed(
    TenantId tenantId, RecordRef subject, String threshold, CrossingDirection direction, double score, Instant occurredAt)
    implements DomainEvent {
  public ScoreThresholdCrossed {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public Set<RecordRef> subjects() {
    return Set.of(subject);
  }
}
