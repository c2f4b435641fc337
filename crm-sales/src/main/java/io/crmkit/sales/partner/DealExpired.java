package io.crmkit.sales.partner;

import io.crmkit.core.TenantId;
import io.crmkit.core.party.AccountId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An approved deal registration passed its expiry date without being converted; returned by {@link
 * DealRegistrations#expire} and {@link DealRegistrations#expireDue}.
 *
 * <p>{@code registrations.expireDue().forEach(change -> notifyPartner(change.event().partner()));}
 */
public record DealExpired(
    TenantId tenantId, DealRegistrationId registration, AccountId partner, LocalDate expiresOn, Instant occurredAt)
    implements DealRegistrationEvent {
  public DealExpired {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(registration, "registration");
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(expiresOn, "expiresOn");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
