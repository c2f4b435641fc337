package io.crmkit.sales.opportunity;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.event.DomainEvent;
import io.crmkit.core.party.AccountId;
import io.crmkit.sales.pipeline.ForecastCategory;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * An opportunity moved from stage {@code from} to stage {@code to} at {@code occurredAt}, taking the stage's
 * probability and forecast category. Returned and published by {@link OpportunityStages#move}.
 *
 * <p>{@code events.publish(new StageChanged(tenant, id, account, "prospecting", "qualification", 10, ForecastCategory.PIPELINE, now));}
 */
public record StageChanged(
    TenantId tenantId,
    OpportunityId opportunity,
    AccountId account,
    String from,
    String to,
    int probability,
    ForecastCategory forecastCategory,
    Instant occurredAt)
    implements DomainEvent {

  public StageChanged {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(forecastCategory, "forecastCategory");
    Objects.requireNonNull(occurredAt, "occurredAt");
    io.crmkit.core.ValidationException.check(!from.equals(to), "to", "a stage change leaves its stage, but from and to are both '" + to + "'");
  }

  /** The opportunity and its account. */
  @Override
  public Set<RecordRef> subjects() {
    return OpportunityEvents.subjects(opportunity, account);
  }
}
