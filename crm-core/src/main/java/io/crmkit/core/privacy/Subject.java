package io.crmkit.core.privacy;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import java.util.Objects;
import java.util.Set;

/**
 * The person a subject-access export or an erasure is about: their contact in one tenant and the identifiers
 * under which other records may name them (normalised e-mail addresses and E.164 phone numbers, e.g. on a lead
 * never converted or a case opened by e-mail).
 *
 * <p>A person known only by an e-mail address or phone (a lead never converted, a case from an unknown sender)
 * has no contact: {@link #withoutContact} gives them {@link #NO_CONTACT}, an id no {@link io.crmkit.core.IdGenerator}
 * makes, so a lookup by it finds nothing. {@code SubjectRequests.resolve(store, "ada@example.com")} picks the
 * right form.
 */
public record Subject(TenantId tenant, ContactId contact, Set<String> emails, Set<String> phones) {
  /** The contact of a subject who has none: {@link #hasContact()} is false. */
  public static final ContactId NO_CONTACT = new ContactId("\u2205 no contact");

  public Subject {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(contact, "contact");
    emails = Set.copyOf(Objects.requireNonNull(emails, "emails"));
    phones = Set.copyOf(Objects.requireNonNull(phones, "phones"));
    ValidationException.check(
        !contact.equals(NO_CONTACT) || !emails.isEmpty() || !phones.isEmpty(),
        "subject",
        "a subject without a contact needs an e-mail address or a phone number to be found by");
  }

  /** The subject whose record is {@code contact}: its id, e-mails and phones. */
  public static Subject of(Contact contact) {
    Objects.requireNonNull(contact, "contact");
    return new Subject(contact.tenantId(), contact.id(), Set.copyOf(contact.emails()), Set.copyOf(contact.phones()));
  }

  /** A person known only by (normalised) e-mail addresses and phone numbers. */
  public static Subject withoutContact(TenantId tenant, Set<String> emails, Set<String> phones) {
    return new Subject(tenant, NO_CONTACT, emails, phones);
  }

  /** Whether the subject has a contact record (else {@link #contact()} is {@link #NO_CONTACT}). */
  public boolean hasContact() {
    return !contact.equals(NO_CONTACT);
  }

  /** The contact as {@code contact:<id>}; meaningful when {@link #hasContact()}. */
  public RecordRef contactRef() {
    return RecordRef.of(Contact.TYPE_NAME, contact);
  }

  /** The subject with more identifiers (e.g. the e-mails of contacts merged into theirs). */
  public Subject withIdentifiers(Set<String> moreEmails, Set<String> morePhones) {
    java.util.Set<String> e = new java.util.TreeSet<>(emails);
    e.addAll(moreEmails);
    java.util.Set<String> p = new java.util.TreeSet<>(phones);
    p.addAll(morePhones);
    return new Subject(tenant, contact, e, p);
  }
}
