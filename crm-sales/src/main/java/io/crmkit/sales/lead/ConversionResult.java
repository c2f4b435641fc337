package io.crmkit.sales.lead;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.sales.opportunity.OpportunityId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link LeadConversion#convert}: the converted lead, the account and contact as stored, the
 * matches that were reused (with their explanations), the moved activities as stored, and the published
 * {@link LeadConverted} event with every id. {@code result.opportunity().ifPresent(this::openDeal);}
 *
 * @param lead the lead, now converted and read-only
 * @param account the account as stored after the conversion
 * @param contact the contact as stored after the conversion
 * @param accountMatch the match that chose the account, when it was found by the matcher
 * @param contactMatch the match that chose the contact, when it was found by the matcher
 * @param movedActivities the activities moved from the lead, as stored after the conversion
 * @param event the event, also published
 */
public record ConversionResult(
    Lead lead,
    Account account,
    Contact contact,
    Optional<PartyMatch<AccountId>> accountMatch,
    Optional<PartyMatch<ContactId>> contactMatch,
    List<Activity> movedActivities,
    LeadConverted event) {
  public ConversionResult {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(accountMatch, "accountMatch");
    Objects.requireNonNull(contactMatch, "contactMatch");
    Objects.requireNonNull(event, "event");
    movedActivities = List.copyOf(movedActivities);
  }

  /** The opportunity the conversion created, if any. */
  public Optional<OpportunityId> opportunity() {
    return event.opportunity();
  }

  /** How the account was arrived at. */
  public PartyResolution accountResolution() {
    return event.accountResolution();
  }

  /** How the contact was arrived at. */
  public PartyResolution contactResolution() {
    return event.contactResolution();
  }
}
