package io.crmkit.core.merge;

import io.crmkit.core.Owner;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.party.RelationshipType;
import java.util.List;

/** The mergeable fields of contacts and accounts. */
final class PartyKinds {
  private PartyKinds() {}

  static final PartyKind<Contact, ContactId> CONTACT = new PartyKind<>(
      Contact.TYPE,
      List.of(
          MergeFields.<Contact, PersonName>required("name", Contact::name, Contact::withName, PersonName::fullName, PartyKinds::parts),
          MergeFields.<Contact, AccountId>single(
              "account", Contact::account, Contact::withAccount, Contact::withoutAccount, AccountId::value, v -> 1),
          MergeFields.<Contact, String>single(
              "jobTitle", Contact::jobTitle, Contact::withJobTitle, Contact::withoutJobTitle, s -> s, v -> 1),
          MergeFields.<Contact>contactPoints(Contact::contactPoints, Contact::withContactPoints),
          MergeFields.<Contact, Owner>required("owner", Contact::owner, Contact::withOwner, Owner::toString, v -> 1),
          MergeFields.<Contact, RelationshipType>required(
              "relationshipType", Contact::relationshipType, Contact::withRelationshipType, Enum::name, PartyKinds::known),
          MergeFields.<Contact, String>keyed(
              "externalIds", Contact::externalIds, (c, m) -> c.toBuilder().externalIds(m).build(), s -> s),
          MergeFields.<Contact, FieldValue>keyed(
              "customFields", c -> c.customFields().values(), (c, m) -> c.withCustomFields(new CustomFields(m)), PartyKinds::text)),
      Contact::createdAt,
      Contact::updatedAt,
      (c, created, updated) -> c.toBuilder().createdAt(created).updatedAt(updated).build(),
      Contact::externalIds,
      Contact::customFields,
      List.of(new ActivityLinks(), new RelationshipEnds(), new ConsentParties()));

  static final PartyKind<Account, AccountId> ACCOUNT = new PartyKind<>(
      Account.TYPE,
      List.of(
          MergeFields.<Account, String>required("name", Account::name, Account::withName, s -> s, v -> 1),
          MergeFields.<Account, String>single("domain", Account::domain, Account::withDomain, Account::withoutDomain, s -> s, v -> 1),
          MergeFields.<Account, String>single(
              "industry", Account::industry, Account::withIndustry, Account::withoutIndustry, s -> s, v -> 1),
          MergeFields.<Account>contactPoints(Account::contactPoints, Account::withContactPoints),
          MergeFields.<Account, Owner>required("owner", Account::owner, Account::withOwner, Owner::toString, v -> 1),
          MergeFields.<Account, RelationshipType>required(
              "relationshipType", Account::relationshipType, Account::withRelationshipType, Enum::name, PartyKinds::known),
          MergeFields.<Account, String>keyed(
              "externalIds", Account::externalIds, (a, m) -> a.toBuilder().externalIds(m).build(), s -> s),
          MergeFields.<Account, FieldValue>keyed(
              "customFields", a -> a.customFields().values(), (a, m) -> a.withCustomFields(new CustomFields(m)), PartyKinds::text)),
      Account::createdAt,
      Account::updatedAt,
      (a, created, updated) -> a.toBuilder().createdAt(created).updatedAt(updated).build(),
      Account::externalIds,
      Account::customFields,
      List.of(new ActivityLinks(), new RelationshipEnds(), new ConsentParties(), new ContactAccounts()));

  /** How many parts of a name are filled in. */
  static int parts(PersonName n) {
    return (n.given().isEmpty() ? 0 : 1) + (n.family().isEmpty() ? 0 : 1) + (n.middle().isPresent() ? 1 : 0)
        + (n.prefix().isPresent() ? 1 : 0) + (n.suffix().isPresent() ? 1 : 0);
  }

  /** {@code OTHER} says nothing about the party; any other type does. */
  static int known(RelationshipType t) {
    return t == RelationshipType.OTHER ? 0 : 1;
  }

  /** A custom-field value as text: its components without the record wrapper, e.g. {@code gold}. */
  static String text(FieldValue v) {
    String s = v.toString();
    int open = s.indexOf('[');
    String inner = open >= 0 && s.endsWith("]") ? s.substring(open + 1, s.length() - 1) : s;
    return inner.startsWith("value=") ? inner.substring("value=".length()) : inner;
  }
}
