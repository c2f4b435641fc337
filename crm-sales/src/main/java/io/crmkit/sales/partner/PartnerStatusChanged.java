package io.crmkit.sales.partner;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.event.DomainEvent;
import io.crmkit.core.party.AccountId;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A partner's programme status changed (e.g. prospect → active) by {@code event}, done by {@code actor}; returned
 * and published by {@link PartnerProgram#changeStatus}.
 *
 * <p>{@code if (changed.to().equals(PartnerLifecycle.TERMINATED)) revokePortalAccess(changed.account());}
 */
public record PartnerStatusChanged(
    TenantId tenantId, PartnerId partner, AccountId account, String from, String to, String event, String actor,
    Instant occurredAt) implements DomainEvent {
  public PartnerStatusChanged {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  /** The partner, then its account. */
  @Override
  public Set<RecordRef> subjects() {
    return new LinkedHashSet<>(List.of(RecordRef.of(Partner.TYPE_NAME, partner), RecordRef.of("account", account)));
  }
}
