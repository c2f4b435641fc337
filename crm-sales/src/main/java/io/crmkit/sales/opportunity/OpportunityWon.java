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
 * An opportunity closed as won: it entered closed/won stage {@code stage} at {@code occurredAt} with
 * {@code amount}, for the reason given, if any. Published after the {@link StageChanged} of the same move.
 *
 * <p>{@code if (event instanceof OpportunityWon won) { bookRevenue(won.amount()); }}
 */
public record OpportunityWon(
    TenantId tenantId,
    OpportunityId opportunity,
    AccountId account,
    Owner owner,
    String stage,
    Money amount,
    Optional<String> reason,
    Instant occurredAt)
    implements DomainEvent {

  public OpportunityWon {
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
