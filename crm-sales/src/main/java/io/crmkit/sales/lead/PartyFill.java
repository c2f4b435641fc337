package io.crmkit.sales.lead;

import io.crmkit.core.Owner;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.party.PostalAddress;
import java.time.Instant;
import java.util.Optional;

/**
 * How a lead's values reach the account and contact it is converted into, Salesforce's standard mapping:
 * name, title, e-mail, phone and address to the contact; company, domain, industry, phone and address to
 * the account. A reused record only gets values for fields it lacks (a contact-point kind counts as empty
 * when the record has no point of that kind); nothing it has is ever overwritten. Custom fields are not
 * mapped: each record type has its own schema.
 */
final class PartyFill {
  private PartyFill() {}

  static Contact newContact(Lead lead, ContactId id, AccountId account, Owner owner, Instant at) {
    Contact.Builder b = Contact.builder(id, lead.tenantId())
        .name(lead.name())
        .account(account)
        .owner(owner)
        .createdAt(at)
        .updatedAt(at);
    lead.jobTitle().ifPresent(b::jobTitle);
    lead.email().ifPresent(e -> b.contactPoint(e.withPrimary(true)));
    lead.phone().ifPresent(p -> b.contactPoint(p.withPrimary(true)));
    lead.address().ifPresent(a -> b.contactPoint(ContactPoint.postal(a, ContactPoint.Purpose.WORK).asPrimary()));
    return b.build();
  }

  static Account newAccount(Lead lead, AccountId id, Owner owner, Instant at) {
    Account.Builder b = Account.builder(id, lead.tenantId())
        // a lead without a company becomes an individual's account, named after the person
        .name(lead.company().orElse(lead.name().fullName()))
        .owner(owner)
        .createdAt(at)
        .updatedAt(at);
    lead.companyDomain().ifPresent(b::domain);
    lead.industry().ifPresent(b::industry);
    lead.phone().ifPresent(p -> b.contactPoint(p.withPrimary(true)));
    lead.address().ifPresent(a -> b.contactPoint(ContactPoint.postal(a, ContactPoint.Purpose.WORK).asPrimary()));
    return b.build();
  }

  /** {@code contact} with its empty fields filled from {@code lead}; the same instance when nothing was empty. */
  static Contact fill(Contact contact, Lead lead, AccountId account, Instant at) {
    Contact.Builder b = contact.toBuilder();
    boolean changed = false;
    if (contact.account().isEmpty()) {
      b.account(account);
      changed = true;
    }
    if (contact.jobTitle().isEmpty() && lead.jobTitle().isPresent()) {
      b.jobTitle(lead.jobTitle().get());
      changed = true;
    }
    PersonName name = fillName(contact.name(), lead.name());
    if (!name.equals(contact.name())) {
      b.name(name);
      changed = true;
    }
    if (lead.email().isPresent() && contact.contactPoints(ContactPoint.Kind.EMAIL).isEmpty()) {
      b.contactPoint(lead.email().get().withPrimary(true));
      changed = true;
    }
    if (lead.phone().isPresent() && contact.contactPoints(ContactPoint.Kind.PHONE).isEmpty()) {
      b.contactPoint(lead.phone().get().withPrimary(true));
      changed = true;
    }
    if (lead.address().isPresent() && contact.contactPoints(ContactPoint.Kind.POSTAL).isEmpty()) {
      b.contactPoint(postal(lead.address().get()));
      changed = true;
    }
    return changed ? b.updatedAt(later(contact.updatedAt(), at)).build() : contact;
  }

  /** {@code account} with its empty fields filled from {@code lead}; the same instance when nothing was empty. */
  static Account fill(Account account, Lead lead, Instant at) {
    Account.Builder b = account.toBuilder();
    boolean changed = false;
    if (account.domain().isEmpty() && lead.companyDomain().isPresent()) {
      b.domain(lead.companyDomain().get());
      changed = true;
    }
    if (account.industry().isEmpty() && lead.industry().isPresent()) {
      b.industry(lead.industry().get());
      changed = true;
    }
    boolean hasPhone = account.contactPoints().stream().anyMatch(p -> p.kind() == ContactPoint.Kind.PHONE);
    if (lead.phone().isPresent() && !hasPhone) {
      b.contactPoint(lead.phone().get().withPrimary(true));
      changed = true;
    }
    boolean hasPostal = account.contactPoints().stream().anyMatch(p -> p.kind() == ContactPoint.Kind.POSTAL);
    if (lead.address().isPresent() && !hasPostal) {
      b.contactPoint(postal(lead.address().get()));
      changed = true;
    }
    return changed ? b.updatedAt(later(account.updatedAt(), at)).build() : account;
  }

  /** The parts of {@code existing} that are empty, taken from {@code lead}'s name. */
  static PersonName fillName(PersonName existing, PersonName lead) {
    return new PersonName(
        existing.given().isEmpty() ? lead.given() : existing.given(),
        existing.family().isEmpty() ? lead.family() : existing.family(),
        or(existing.middle(), lead.middle()),
        or(existing.prefix(), lead.prefix()),
        or(existing.suffix(), lead.suffix()));
  }

  private static Optional<String> or(Optional<String> a, Optional<String> b) {
    return a.isPresent() ? a : b;
  }

  private static ContactPoint postal(PostalAddress address) {
    return ContactPoint.postal(address, ContactPoint.Purpose.WORK).asPrimary();
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
