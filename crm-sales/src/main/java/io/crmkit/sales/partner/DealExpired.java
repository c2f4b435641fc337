package io.crmkit.sales.partner;

import io.crmkit.core.TenantId;
import io.crmkit.core.party.AccountId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** An approved deal registration passed its expiry date without being converted. */
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
