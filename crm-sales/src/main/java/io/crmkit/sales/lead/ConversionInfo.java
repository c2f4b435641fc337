package io.crmkit.sales.lead;

import io.crmkit.core.EntityId;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactId;
import io.crmkit.sales.opportunity.OpportunityId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a converted lead became: when and by whom it was converted, and the ids of the account, the contact
 * and (when one was created) the opportunity. A lead carries it exactly when it is converted:
 * {@code lead.conversion().map(ConversionInfo::contact)}.
 *
 * @param convertedAt when the conversion happened
 * @param convertedBy the user who converted the lead (the host's user id)
 * @param account the account the lead became or was merged into
 * @param contact the contact the lead became or was merged into
 * @param opportunity the opportunity created by the conversion, if any
 */
public record ConversionInfo(
    Instant convertedAt, String convertedBy, AccountId account, ContactId contact, Optional<OpportunityId> opportunity) {
  public ConversionInfo {
    Objects.requireNonNull(convertedAt, "convertedAt");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(opportunity, "opportunity");
    EntityId.checked(convertedBy, "convertedBy");
  }
}
