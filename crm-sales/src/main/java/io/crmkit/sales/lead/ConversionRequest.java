package io.crmkit.sales.lead;

import io.crmkit.core.EntityId;
import io.crmkit.core.Owner;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactId;
import java.util.Objects;
import java.util.Optional;

/**
 * What a person asks of a lead conversion (Salesforce's convert dialog): which lead at which version, who
 * converts it, how to find the account and the contact, whether to create an opportunity and under which
 * name, and who owns the new records (the lead's owner unless given).
 *
 * <pre>{@code
 * ConversionRequest request = ConversionRequest.of(lead.id(), lead.version(), "u-7")
 *     .withAccount(PartyChoice.existing(acmeId))
 *     .withOpportunity("Acme — 200 seats");
 * }</pre>
 *
 * @param lead the lead to convert
 * @param expectedVersion the version of the lead the person saw
 * @param convertedBy the converting user (the host's user id); open activities are re-owned to this user
 * @param account how to find the account
 * @param contact how to find the contact
 * @param opportunityName the name of the opportunity to create; empty for none
 * @param recordOwner the owner of records the conversion creates; empty for the lead's owner
 */
public record ConversionRequest(
    LeadId lead,
    long expectedVersion,
    String convertedBy,
    PartyChoice<AccountId> account,
    PartyChoice<ContactId> contact,
    Optional<String> opportunityName,
    Optional<Owner> recordOwner) {

  public ConversionRequest {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(recordOwner, "recordOwner");
    EntityId.checked(convertedBy, "convertedBy");
    io.crmkit.core.ValidationException.checkNotNegative(expectedVersion, "expectedVersion");
    opportunityName = LeadText.optional(opportunityName, "opportunityName");
  }

  /** Converts {@code lead} at {@code expectedVersion}: match-or-create both parties, no opportunity. */
  public static ConversionRequest of(LeadId lead, long expectedVersion, String convertedBy) {
    return new ConversionRequest(
        lead, expectedVersion, convertedBy, PartyChoice.matchOrCreate(), PartyChoice.matchOrCreate(), Optional.empty(),
        Optional.empty());
  }

  public ConversionRequest withAccount(PartyChoice<AccountId> value) {
    return new ConversionRequest(lead, expectedVersion, convertedBy, value, contact, opportunityName, recordOwner);
  }

  public ConversionRequest withContact(PartyChoice<ContactId> value) {
    return new ConversionRequest(lead, expectedVersion, convertedBy, account, value, opportunityName, recordOwner);
  }

  /** Asks for an opportunity named {@code name}, created by a {@link ConversionParticipant}. */
  public ConversionRequest withOpportunity(String name) {
    return new ConversionRequest(
        lead, expectedVersion, convertedBy, account, contact, Optional.of(Objects.requireNonNull(name, "name")), recordOwner);
  }

  /** New records are owned by {@code owner} instead of the lead's owner. */
  public ConversionRequest ownedBy(Owner owner) {
    return new ConversionRequest(
        lead, expectedVersion, convertedBy, account, contact, opportunityName, Optional.of(Objects.requireNonNull(owner, "owner")));
  }

  /** Whether an opportunity is asked for. */
  public boolean wantsOpportunity() {
    return opportunityName.isPresent();
  }
}
