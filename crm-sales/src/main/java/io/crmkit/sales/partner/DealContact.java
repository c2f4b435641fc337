package io.crmkit.sales.partner;

import io.crmkit.core.ValidationException;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import java.util.Objects;
import java.util.Optional;

/**
 * The person at the customer the partner works with on a registered deal: a Unicode name, optionally an e-mail
 * and a phone (crm-core contact points, normalised) and a job title.
 *
 * <p>{@code DealContact.of(PersonName.of("Ada", "Lovelace")).withEmail(ContactPoint.email("ada@initech.example", Purpose.WORK))}
 */
public record DealContact(PersonName name, Optional<ContactPoint> email, Optional<ContactPoint> phone, Optional<String> title) {
  public DealContact {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(phone, "phone");
    title = PartnerText.optional(title, "contact.title");
    email.ifPresent(e -> ValidationException.check(
        e.kind() == ContactPoint.Kind.EMAIL, "contact.email", "must be an EMAIL contact point but was " + e.kind()));
    phone.ifPresent(p -> ValidationException.check(
        p.kind() == ContactPoint.Kind.PHONE, "contact.phone", "must be a PHONE contact point but was " + p.kind()));
  }

  public static DealContact of(PersonName name) {
    return new DealContact(name, Optional.empty(), Optional.empty(), Optional.empty());
  }

  public DealContact withEmail(ContactPoint value) {
    return new DealContact(name, Optional.of(value), phone, title);
  }

  public DealContact withPhone(ContactPoint value) {
    return new DealContact(name, email, Optional.of(value), title);
  }

  public DealContact withTitle(String value) {
    return new DealContact(name, email, phone, Optional.of(value));
  }
}
