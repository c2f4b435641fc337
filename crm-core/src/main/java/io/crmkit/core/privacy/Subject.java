package io.crmkit.core.privacy;

import io.crmkit.core.TenantId;
import io.crmkit.core.party.ContactId;
import java.util.Objects;
import java.util.Set;

/**
 * The person a subject-access export or an erasure is about: their contact in one tenant and the identifiers
 * under which other records may name them (normalised e-mail addresses and E.164 phone numbers, e.g. on a lead
 * never converted or a case opened by e-mail).
 */
public record Subject(TenantId tenant, ContactId contact, Set<String> emails, Set<String> phones) {
  public Subject {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(contact, "contact");
    emails = Set.copyOf(Objects.requireNonNull(emails, "emails"));
    phones = Set.copyOf(Objects.requireNonNull(phones, "phones"));
  }
}
