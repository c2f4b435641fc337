package io.crmkit.sales.partner;

import io.crmkit.core.TenantId;
import io.crmkit.core.party.AccountId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A partner user submitted a deal registration; {@code conflicts} are the competing records found (empty when
 * none). Returned by {@link DealRegistrations#submit}.
 *
 * <p>{@code if (!registered.conflicts().isEmpty()) notifyChannelManager(registered);}
 */
public record DealRegistered(
    TenantId tenantId, DealRegistrationId registration, AccountId partner, String registeredBy,
    String customer, List<RegistrationConflict> conflicts, Instant occurredAt)
    implements DealRegistrationEvent {
  public DealRegistered {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(registration, "registration");
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(registeredBy, "registeredBy");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(conflicts, "conflicts");
    Objects.requireNonNull(occurredAt, "occurredAt");
    conflicts = List.copyOf(conflicts);
  }
}
