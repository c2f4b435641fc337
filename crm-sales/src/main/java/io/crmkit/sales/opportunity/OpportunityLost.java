package io.crmkit.sales.opportunity;

import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.event.DomainEvent;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.AccountId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An opportunity closed as lost: it entered closed/lost stage {@code stage} at {@code occurredAt} with
 * {@code amount}, for the reason given, if any. Published after the {@link StageChanged} of the same move.
 *
 * <p>{@code if (event instanceof OpportunityLost lost) { reviewLoss(lost.reason()); }}
 */
public record OpportunityLost(
    TenantId tenantId,
    OpportunityId opportunity,
    AccountId account,
    Owner owner,
    String stage,
    Money amount,
    Optional<String> reason,
    Instant occurredAt)
    implements DomainEvent {

  public OpportunityLost {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  /** The opportunity and its account. */
  @Override
  public Set<RecordRef> subjects() {
    return OpportunityEvents.subjects(opportunity, account);
  }
}
