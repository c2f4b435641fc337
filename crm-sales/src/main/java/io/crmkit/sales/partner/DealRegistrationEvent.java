package io.crmkit.sales.partner;

import io.crmkit.core.RecordRef;
import io.crmkit.core.event.DomainEvent;
import io.crmkit.core.party.AccountId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What happened to a deal registration; {@link DealRegistrations} returns and publishes one per change:
 * {@link DealRegistered}, {@link DealApproved}, {@link DealRejected}, {@link DealWithdrawn}, {@link DealConverted},
 * {@link DealExpired}.
 *
 * <p>{@code if (event instanceof DealApproved a) notifyPartner(a.partner(), a.expiresOn());}
 */
public sealed interface DealRegistrationEvent extends DomainEvent
    permits DealRegistered, DealApproved, DealRejected, DealWithdrawn, DealConverted, DealExpired {
  /** The registration. */
  DealRegistrationId registration();

  /** The partner's account id (the registration's {@code partner} field). */
  AccountId partner();

  /** The registration, then the partner account. */
  @Override
  default Set<RecordRef> subjects() {
    return new LinkedHashSet<>(List.of(RecordRef.of(DealRegistration.TYPE_NAME, registration()), RecordRef.of("account", partner())));
  }
}
