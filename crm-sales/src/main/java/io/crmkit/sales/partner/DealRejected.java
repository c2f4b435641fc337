package io.crmkit.sales.partner;

import io.crmkit.core.TenantId;
import io.crmkit.core.party.AccountId;
import java.time.Instant;
import java.util.Objects;

/**
 * An internal user rejected a deal registration, saying why; returned by {@link DealRegistrations#reject}.
 *
 * <p>{@code notifyPartner(rejected.partner(), rejected.reason());}
 */
public record DealRejected(
    TenantId tenantId, DealRegistrationId registration, AccountId partner, String rejectedBy, String reason,
    Instant occurredAt)
    implements DealRegistrationEvent {
  public DealRejected {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(registration, "registration");
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(rejectedBy, "rejectedBy");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
