package io.crmkit.sales.partner;

import io.crmkit.core.TenantId;
import io.crmkit.core.party.AccountId;
import java.time.Instant;
import java.util.Objects;

/**
 * The partner withdrew a submitted deal registration; returned by {@link DealRegistrations#withdraw}.
 *
 * <p>{@code publisher.publish(registrations.withdraw(id, version, "p-1").event());}
 */
public record DealWithdrawn(
    TenantId tenantId, DealRegistrationId registration, AccountId partner, String withdrawnBy, Instant occurredAt)
    implements DealRegistrationEvent {
  public DealWithdrawn {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(registration, "registration");
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(withdrawnBy, "withdrawnBy");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
