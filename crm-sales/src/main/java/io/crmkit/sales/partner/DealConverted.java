package io.crmkit.sales.partner;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.party.AccountId;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.opportunity.OpportunityId;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An approved deal registration became opportunity {@code opportunity} on the customer's account {@code account}
 * (created for it when {@code accountCreated}), with the partner set; converted by {@code convertedBy}.
 *
 * <p>{@code notifyPartner(converted.partner(), converted.opportunity());}
 */
public record DealConverted(
    TenantId tenantId, DealRegistrationId registration, AccountId partner, OpportunityId opportunity, AccountId account,
    boolean accountCreated, String convertedBy, Instant occurredAt)
    implements DealRegistrationEvent {
  public DealConverted {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(registration, "registration");
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(convertedBy, "convertedBy");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  /** The registration, the partner account, the opportunity and the customer account. */
  @Override
  public Set<RecordRef> subjects() {
    return new LinkedHashSet<>(List.of(RecordRef.of(DealRegistration.TYPE_NAME, registration), RecordRef.of("account", partner),
        RecordRef.of(Opportunity.TYPE_NAME, opportunity), RecordRef.of("account", account)));
  }
}
