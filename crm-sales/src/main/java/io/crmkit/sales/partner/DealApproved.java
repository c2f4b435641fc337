package io.crmkit.sales.partner;

import io.crmkit.core.TenantId;
import io.crmkit.core.party.AccountId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An internal user approved a deal registration; it protects the customer until {@code expiresOn}. The conflicts
 * are the competitors found at approval that did not block it (submitted registrations, open opportunities).
 *
 * <p>{@code notifyPartner(approved.partner(), "protected until " + approved.expiresOn());}
 */
public record DealApproved(
    TenantId tenantId, DealRegistrationId registration, AccountId partner, String approvedBy,
    LocalDate expiresOn, List<RegistrationConflict> conflicts, Instant occurredAt)
    implements DealRegistrationEvent {
  public DealApproved {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(registration, "registration");
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(approvedBy, "approvedBy");
    Objects.requireNonNull(expiresOn, "expiresOn");
    Objects.requireNonNull(conflicts, "conflicts");
    Objects.requireNonNull(occurredAt, "occurredAt");
    conflicts = List.copyOf(conflicts);
  }
}
