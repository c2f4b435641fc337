package io.crmkit.core.privacy;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.Direction;
import io.crmkit.core.audit.Audit;
import io.crmkit.core.audit.AuditEntry;
import io.crmkit.core.audit.Auditor;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentEvent;
import io.crmkit.core.consent.ConsentLedger;
import io.crmkit.core.consent.LegalBasis;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.event.EventPublisher;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.json.CrmJson;
import io.crmkit.core.merge.ContactMerge;
import io.crmkit.core.merge.MergeRecord;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PartyRelationship;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.party.RelationshipId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.CrmStore;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A small world for the privacy tests: Ada (two e-mails after a merge, a phone, a job title, a custom field,
 * activities, a relationship with a title, consent with evidence and a withdrawal, an audited rename) and Bob,
 * who must come through every erasure of Ada untouched.
 */
final class PrivacyWorld {
  static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");
  static final TenantId ACME = TenantId.of("acme");
  static final byte[] KEY = "a host secret of at least 32 bytes!".getBytes(StandardCharsets.UTF_8);
  /** Every core entity type a record about a person can be in. */
  static final List<EntityType<?, ?>> CORE_TYPES = List.of(
      Contact.TYPE, Account.TYPE, Activity.TYPE, PartyRelationship.TYPE, ConsentEvent.TYPE, AuditEntry.TYPE, MergeRecord.TYPE,
      ErasureSuppression.TYPE);

  final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
  final AtomicLong counter = new AtomicLong();
  final IdGenerator ids = () -> "id-" + counter.incrementAndGet();
  final CrmStore store = InMemoryStore.create();
  final TenantStore acme = store.forTenant(ACME);
  final ContactId ada;
  final ContactId adaDuplicate;
  final ContactId bob;
  final AccountId analytical;
  final ActivityId onlyAda;
  final ActivityId adaAndAccount;
  final ConsentEvent grant;
  final ConsentEvent withdrawal;

  PrivacyWorld() {
    Repository<Account, AccountId> accounts = acme.repository(Account.TYPE);
    analytical = accounts.insert(Account.builder(ids.next(AccountId::new), ACME).name("Analytical Engines Ltd")
        .owner(Owner.user("sam")).timestamps(clock).build()).id();
    Repository<Contact, ContactId> contacts = acme.repository(Contact.TYPE);
    ada = contacts.insert(Contact.builder(ids.next(ContactId::new), ACME).name(PersonName.of("Ada", "Lovelace"))
        .owner(Owner.user("sam")).account(analytical).jobTitle("Enchantress of Numbers")
        .contactPoint(ContactPoint.email("ada@lovelace.example", ContactPoint.Purpose.WORK).asPrimary())
        .contactPoint(ContactPoint.phone("+44 20 7946 0018", "GB", ContactPoint.Purpose.MOBILE))
        .externalId("sap", "SAP-ADA-1815")
        .customFields(CustomFields.empty().with("poet_father", FieldValue.text("Byron")))
        .timestamps(clock).build()).id();
    adaDuplicate = contacts.insert(Contact.builder(ids.next(ContactId::new), ACME).name(PersonName.of("Augusta Ada", "King"))
        .owner(Owner.user("kim"))
        .contactPoint(ContactPoint.email("countess@lovelace.example", ContactPoint.Purpose.HOME))
        .timestamps(clock).build()).id();
    bob = contacts.insert(Contact.builder(ids.next(ContactId::new), ACME).name(PersonName.of("Bob", "Babbage"))
        .owner(Owner.user("sam")).jobTitle("Engineer")
        .contactPoint(ContactPoint.email("bob@babbage.example", ContactPoint.Purpose.WORK).asPrimary())
        .timestamps(clock).build()).id();
    ContactMerge.builder(acme, clock).build().merge(ada, List.of(adaDuplicate), "sam");

    Repository<Activity, ActivityId> activities = acme.repository(Activity.TYPE);
    onlyAda = activities.insert(Activity.note(ids.next(ActivityId::new), ACME, "Talk with Ada Lovelace",
        "She prefers ada@lovelace.example", Owner.user("sam"), List.of(ref(ada)), T0)).id();
    adaAndAccount = activities.insert(Activity.call(ids.next(ActivityId::new), ACME, "Call Ada about the engine", Owner.user("sam"),
        List.of(ref(ada), RecordRef.of(Account.TYPE_NAME, analytical)), Direction.OUTBOUND, T0, Optional.empty(), T0)).id();
    activities.insert(Activity.note(ids.next(ActivityId::new), ACME, "Bob's note", "about Bob", Owner.user("sam"), List.of(ref(bob)), T0));

    Repository<PartyRelationship, RelationshipId> rels = acme.repository(PartyRelationship.TYPE);
    rels.insert(PartyRelationship.worksFor(ids.next(RelationshipId::new), ACME, ada, analytical).withTitle("Countess and analyst"));
    rels.insert(PartyRelationship.worksFor(ids.next(RelationshipId::new), ACME, bob, analytical).withTitle("Engineer"));

    ConsentLedger ledger = ConsentLedger.of(acme, clock);
    grant = ledger.grant(ref(ada), Channel.EMAIL, Purpose.NEWSLETTER, LegalBasis.CONSENT, "web-form", false,
        Optional.of("form 81 from 203.0.113.7"));
    withdrawal = ledger.withdraw(ref(ada), Channel.PHONE, Purpose.ALL, "call", Optional.of("said so on +442079460018"));
    ledger.grant(ref(bob), Channel.EMAIL, Purpose.NEWSLETTER, LegalBasis.CONSENT, "web-form", false, Optional.of("form 82"));

    Repository<Contact, ContactId> audited = Audit.audited(contacts, acme, Auditor.of("sam", clock, EventPublisher.discarding()));
    audited.update(contacts.get(ada).withJobTitle("Analyst of the Analytical Engine"));
    audited.update(contacts.get(bob).withJobTitle("Chief Engineer"));
  }

  SubjectRequests requests() {
    return SubjectRequests.builder().clock(clock).ids(ids).keys(SuppressionKeys.withKey(KEY)).source(new CoreSubjectData()).build();
  }

  static RecordRef ref(ContactId id) {
    return RecordRef.of(Contact.TYPE_NAME, id);
  }

  /** The strings by which Ada can be recognised; none may survive her erasure. */
  static List<String> adasValues() {
    return List.of("Lovelace", "ada@lovelace.example", "countess@lovelace.example", "+442079460018", "Enchantress", "Analyst of",
        "SAP-ADA-1815", "Byron", "Augusta", "203.0.113.7", "Countess and analyst", "Talk with Ada", "Call Ada");
  }

  /** Every record of every core type in {@code store}, as type:id → JSON document. */
  static Map<String, String> documents(TenantStore store) {
    Map<String, String> out = new TreeMap<>();
    for (EntityType<?, ?> t : CORE_TYPES) {
      addDocuments(store, t, out);
    }
    return out;
  }

  private static <T extends io.crmkit.core.Aggregate<I>, I extends io.crmkit.core.EntityId> void addDocuments(
      TenantStore store, EntityType<T, I> type, Map<String, String> out) {
    try (Stream<T> s = store.repository(type).stream(Criteria.all())) {
      s.forEach(r -> out.put(type.name() + ":" + r.id().value(), CrmJson.documentOf(r)));
    }
  }

  /** The documents that contain any of {@code values}. */
  static List<String> containing(Map<String, String> documents, List<String> values) {
    List<String> out = new ArrayList<>();
    documents.forEach((k, doc) -> values.stream().filter(doc::contains).findFirst().ifPresent(v -> out.add(k + " holds '" + v + "'")));
    return out;
  }
}
