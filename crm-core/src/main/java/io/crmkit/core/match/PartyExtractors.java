package io.crmkit.core.match;

import io.crmkit.core.party.Account;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PostalAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Ready-made {@link RecordExtractor}s for core's parties, so contacts and accounts go through the same engine
 * as any CSV: {@code Deduplicator.of(PartyExtractors.contacts().schema())}.
 */
public final class PartyExtractors {
  private PartyExtractors() {}

  /** The fields of a contact: given and family name, primary e-mail and phone, first postal address. */
  public static final MatchSchema CONTACT_SCHEMA = MatchSchema.builder()
      .field("given_name", FieldKind.GIVEN_NAME)
      .field("family_name", FieldKind.FAMILY_NAME)
      .field("email", FieldKind.EMAIL)
      .field("phone", FieldKind.PHONE)
      .field("street", FieldKind.STREET)
      .field("city", FieldKind.CITY)
      .field("postcode", FieldKind.POSTCODE)
      .field("country", FieldKind.COUNTRY)
      .build();

  /** The fields of an account: name, web domain (as text), primary e-mail and phone, first postal address. */
  public static final MatchSchema ACCOUNT_SCHEMA = MatchSchema.builder()
      .field("name", FieldKind.COMPANY)
      .field("domain", FieldKind.TEXT)
      .field("email", FieldKind.EMAIL)
      .field("phone", FieldKind.PHONE)
      .field("street", FieldKind.STREET)
      .field("city", FieldKind.CITY)
      .field("postcode", FieldKind.POSTCODE)
      .field("country", FieldKind.COUNTRY)
      .build();

  /** Contacts as match records, keyed by contact id. */
  public static RecordExtractor<Contact> contacts() {
    return new RecordExtractor<>() {
      @Override
      public MatchSchema schema() {
        return CONTACT_SCHEMA;
      }

      @Override
      public MatchRecord extract(Contact c) {
        Map<String, String> v = new HashMap<>();
        c.name().givenName().ifPresent(x -> v.put("given_name", x));
        c.name().familyName().ifPresent(x -> v.put("family_name", x));
        c.primaryEmail().ifPresent(x -> v.put("email", x));
        c.primaryPhone().ifPresent(x -> v.put("phone", x));
        address(c.contactPoints(ContactPoint.Kind.POSTAL).stream().findFirst().flatMap(ContactPoint::address), v);
        return new MatchRecord(c.id().value(), v);
      }
    };
  }

  /** Accounts as match records, keyed by account id. */
  public static RecordExtractor<Account> accounts() {
    return new RecordExtractor<>() {
      @Override
      public MatchSchema schema() {
        return ACCOUNT_SCHEMA;
      }

      @Override
      public MatchRecord extract(Account a) {
        Map<String, String> v = new HashMap<>();
        v.put("name", a.name());
        a.domain().ifPresent(x -> v.put("domain", x));
        firstNormalized(a, ContactPoint.Kind.EMAIL).ifPresent(x -> v.put("email", x));
        firstNormalized(a, ContactPoint.Kind.PHONE).ifPresent(x -> v.put("phone", x));
        address(a.contactPoints().stream().filter(p -> p.kind() == ContactPoint.Kind.POSTAL).findFirst()
            .flatMap(ContactPoint::address), v);
        return new MatchRecord(a.id().value(), v);
      }
    };
  }

  private static Optional<String> firstNormalized(Account a, ContactPoint.Kind kind) {
    return a.contactPoints().stream()
        .filter(p -> p.kind() == kind)
        .sorted((x, y) -> Boolean.compare(y.primary(), x.primary()))
        .map(ContactPoint::normalized)
        .findFirst();
  }

  private static void address(Optional<PostalAddress> address, Map<String, String> v) {
    address.ifPresent(a -> {
      if (!a.lines().isEmpty()) {
        v.put("street", String.join(" ", a.lines()));
      }
      v.put("city", a.locality());
      a.postcode().ifPresent(x -> v.put("postcode", x));
      v.put("country", a.countryCode());
    });
  }
}
