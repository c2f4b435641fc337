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
 * name, close date and amount ({@link OpportunityRequest}), and who owns the new records (the lead's owner
 * unless given).
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
 * @param opportunity the opportunity to create; empty for none
 * @param recordOwner the owner of records the conversion creates; empty for the lead's owner
 */
public record ConversionRequest(
    LeadId lead,
    long expectedVersion,
    String convertedBy,
    PartyChoice<AccountId> account,
    PartyChoice<ContactId> contact,
    Optional<OpportunityRequest> opportunity,
    Optional<Owner> recordOwner) {

  public ConversionRequest {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(recordOwner, "recordOwner");
    EntityId.checked(convertedBy, "convertedBy");
    io.crmkit.core.ValidationException.checkNotNegative(expectedVersion, "expectedVersion");
    Objects.requireNonNull(opportunity, "opportunity");
  }

  /** Converts {@code lead} at {@code expectedVersion}: match-or-create both parties, no opportunity. */
  public static ConversionRequest of(LeadId lead, long expectedVersion, String convertedBy) {
    return new ConversionRequest(
        lead, expectedVersion, convertedBy, PartyChoice.matchOrCreate(), PartyChoice.matchOrCreate(), Optional.empty(),
        Optional.empty());
  }

  public ConversionRequest withAccount(PartyChoice<AccountId> value) {
    return new ConversionRequest(lead, expectedVersion, convertedBy, value, contact, opportunity, recordOwner);
  }

  public ConversionRequest withContact(PartyChoice<ContactId> value) {
    return new ConversionRequest(lead, expectedVersion, convertedBy, account, value, opportunity, recordOwner);
  }

  /** Asks for an opportunity named {@code name}, created by a {@link ConversionParticipant}. */
  public ConversionRequest withOpportunity(String name) {
    return withOpportunity(OpportunityRequest.named(Objects.requireNonNull(name, "name")));
  }

  /** Asks for the opportunity {@code value} describes, created by a {@link ConversionParticipant}. */
  public ConversionRequest withOpportunity(OpportunityRequest value) {
    return new ConversionRequest(
        lead, expectedVersion, convertedBy, account, contact, Optional.of(Objects.requireNonNull(value, "opportunity")), recordOwner);
  }

  /** Asks for no opportunity (Salesforce's "Don't create an opportunity upon conversion"; the default). */
  public ConversionRequest withoutOpportunity() {
    return new ConversionRequest(lead, expectedVersion, convertedBy, account, contact, Optional.empty(), recordOwner);
  }

  /** The name asked for the opportunity, if one is asked for and named. */
  public Optional<String> opportunityName() {
    return opportunity.flatMap(OpportunityRequest::name);
  }

  /** New records are owned by {@code owner} instead of the lead's owner. */
  public ConversionRequest ownedBy(Owner owner) {
    return new ConversionRequest(
        lead, expectedVersion, convertedBy, account, contact, opportunity, Optional.of(Objects.requireNonNull(owner, "owner")));
  }

  /** Whether an opportunity is asked for. */
  public boolean wantsOpportunity() {
    return opportunity.isPresent();
  }
}
