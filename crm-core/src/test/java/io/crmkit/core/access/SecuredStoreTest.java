package io.crmkit.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.AccessDeniedException;
import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.audit.Audit;
import io.crmkit.core.audit.AuditEntry;
import io.crmkit.core.audit.Auditor;
import io.crmkit.core.event.EventPublisher;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactFields;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PartyRelationship;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.party.PostalAddress;
import io.crmkit.core.party.RelationshipId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.query.Page;
import io.crmkit.core.query.PageRequest;
import io.crmkit.core.query.Query;
import io.crmkit.core.query.Sort;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.core.view.CustomerView;
import io.crmkit.core.view.CustomerViews;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SecuredStoreTest {
  static final TenantId ACME = TenantId.of("acme");
  static final TenantId GLOBEX = TenantId.of("globex");
  static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  static final Principal ANN = Principal.user(ACME, "ann");
  static final Principal BOB = Principal.user(ACME, "bob");
  static final Map<String, Set<String>> READS = Map.of("ann", Set.of("user:ann", "user:bob"), "bob", Set.of("user:bob"));
  static final FieldAccess CONTACT_FLS = new FieldAccess(Set.of("email", "custom.salary"), Set.of("jobTitle"));

  final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
  final InMemoryStore store = InMemoryStore.create();
  final TenantStore raw = store.forTenant(ACME);

  SecuredStoreTest() {
    raw.repository(Contact.TYPE).insertAll(List.of(
        contact("c-ann", "Zoë", "Ó Briain", "ann"), contact("c-bob", "李", "小龍", "bob"), contact("c-cy", "Cy", "Young", "cy")));
    store.forTenant(GLOBEX).repository(Contact.TYPE).insert(contact("c-globex", "Gus", "Globex", "ann").toBuilder().build());
  }

  static Contact contact(String id, String given, String family, String owner) {
    return Contact.builder(new ContactId(id), id.equals("c-globex") ? GLOBEX : ACME)
        .name(PersonName.of(given, family))
        .owner(Owner.user(owner))
        .jobTitle("Engineer")
        .contactPoint(ContactPoint.phone("+4930123456", "DE", ContactPoint.Purpose.WORK))
        .contactPoint(ContactPoint.email(id + "@example.com", ContactPoint.Purpose.WORK).asPrimary())
        .contactPoint(ContactPoint.postal(PostalAddress.of(List.of("Hauptstraße 1"), "Berlin", "10115", "DE"), ContactPoint.Purpose.WORK))
        .customFields(CustomFields.empty().with("salary", FieldValue.number(90_000)).with("tier", FieldValue.text("gold")))
        .createdAt(T0)
        .updatedAt(T0)
        .build();
  }

  SecuredStore secured(Map<String, FieldAccess> fields) {
    return SecuredStore.of(store, new OwnerSetPolicy(READS, fields), clock);
  }

  Repository<Contact, ContactId> contactsOf(Principal p, Map<String, FieldAccess> fields) {
    return secured(fields).tenantStore(p).repository(Contact.TYPE);
  }

  static List<String> ids(List<Contact> cs) {
    return cs.stream().map(c -> c.id().value()).toList();
  }

  @Nested
  @DisplayName("tenants")
  class Tenants {
    @Test
    void aPrincipalReachesNoOtherTenant() {
      assertThatThrownBy(() -> secured(Map.of()).as(ANN).forTenant(GLOBEX))
          .isInstanceOfSatisfying(SecuredAccessDeniedException.class, e -> {
            assertThat(e.rule()).isEqualTo(SecuredAccessDeniedException.TENANT_ISOLATION);
            assertThat(e.principal()).isEqualTo(ANN);
          })
          .hasMessageContaining("acme/user:ann").hasMessageContaining("globex");
    }

    @Test
    void theOwnTenantShowsNothingOfAnother() {
      Repository<Contact, ContactId> contacts = contactsOf(ANN, Map.of());
      assertThat(contacts.find(new ContactId("c-globex"))).isEmpty();
      assertThat(ids(contacts.query(Criteria.all()))).doesNotContain("c-globex");
    }
  }

  @Nested
  @DisplayName("reads show only what the policy allows")
  class Reads {
    @Test
    void findAndFindAllSkipRecordsThePrincipalMayNotRead() {
      Repository<Contact, ContactId> contacts = contactsOf(BOB, Map.of());
      assertThat(contacts.find(new ContactId("c-bob"))).isPresent();
      assertThat(contacts.find(new ContactId("c-ann"))).isEmpty();
      assertThat(ids(contacts.findAll(List.of(new ContactId("c-ann"), new ContactId("c-bob"), new ContactId("c-cy")))))
          .containsExactly("c-bob");
    }

    @Test
    void getOfAnInvisibleRecordSaysNotFoundLikeAMissingOne() {
      Repository<Contact, ContactId> contacts = contactsOf(BOB, Map.of());
      assertThatThrownBy(() -> contacts.get(new ContactId("c-ann"))).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> contacts.get(new ContactId("c-none"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void queryCountPageAndStreamGetTheVisibilityPushedDown() {
      Repository<Contact, ContactId> contacts = contactsOf(ANN, Map.of());
      assertThat(ids(contacts.query(Criteria.all()))).containsExactly("c-ann", "c-bob");
      assertThat(ids(contacts.query(Query.all().orderBy(Sort.byDescending(ContactFields.FAMILY_NAME)).limit(1)))).containsExactly("c-bob");
      assertThat(contacts.count(Criteria.all())).isEqualTo(2);
      assertThat(contacts.count(Criteria.eq(ContactFields.OWNER, "user:cy"))).isZero();
      Page<Contact> first = contacts.page(Criteria.all(), Sort.byId(), PageRequest.first(1));
      Page<Contact> second = contacts.page(Criteria.all(), Sort.byId(), first.next().orElseThrow());
      assertThat(ids(first.items())).containsExactly("c-ann");
      assertThat(ids(second.items())).containsExactly("c-bob");
      assertThat(second.next().map(n -> contacts.page(Criteria.all(), Sort.byId(), n).items())).isEmpty();
      try (Stream<Contact> s = contacts.stream(Criteria.prefix(ContactFields.GIVEN_NAME, "Z"))) {
        assertThat(s.map(c -> c.id().value())).containsExactly("c-ann");
      }
    }

    @Test
    void hiddenFieldsAreRemovedFromEveryRecordRead() {
      Repository<Contact, ContactId> contacts = contactsOf(ANN, Map.of("contact", CONTACT_FLS));
      Contact ann = contacts.get(new ContactId("c-ann"));
      assertThat(ann.emails()).isEmpty();
      assertThat(ann.customFields().get("salary")).isEmpty();
      assertThat(ann.customFields().get("tier")).contains(FieldValue.text("gold"));
      assertThat(ann.phones()).containsExactly("+4930123456");
      assertThat(ann.contactPoints(ContactPoint.Kind.POSTAL)).hasSize(1);
      assertThat(contacts.query(Criteria.all())).allSatisfy(c -> assertThat(c.emails()).isEmpty());
      assertThat(contacts.page(Criteria.all(), Sort.byId(), PageRequest.first(5)).items()).allSatisfy(c -> assertThat(c.emails()).isEmpty());
    }

    @Test
    void criteriaAndSortKeysOnHiddenFieldsAreRefused() {
      Repository<Contact, ContactId> contacts = contactsOf(ANN, Map.of("contact", CONTACT_FLS));
      assertThatThrownBy(() -> contacts.query(Criteria.eq(ContactFields.EMAIL, "c-cy@example.com")))
          .isInstanceOfSatisfying(SecuredAccessDeniedException.class, e -> {
            assertThat(e.rule()).isEqualTo(SecuredAccessDeniedException.FIELD_LEVEL_SECURITY);
            assertThat(e.action()).isEqualTo(Action.READ);
            assertThat(e.entityType()).isEqualTo("contact");
          })
          .hasMessageContaining("'email'");
      assertThatThrownBy(() -> contacts.count(Criteria.not(Criteria.isNull(FieldRef.number("custom.salary")))))
          .isInstanceOf(SecuredAccessDeniedException.class).hasMessageContaining("custom.salary");
      assertThatThrownBy(() -> contacts.page(Criteria.all(), Sort.by(FieldRef.number("custom.salary")), PageRequest.first(2)))
          .isInstanceOf(SecuredAccessDeniedException.class).hasMessageContaining("sort");
      assertThatThrownBy(() -> contacts.stream(Criteria.or(Criteria.all(), Criteria.isNull(ContactFields.EMAIL))))
          .isInstanceOf(SecuredAccessDeniedException.class);
    }

    @Test
    void aTypeWithHiddenFieldsAndNoRedactorIsRefusedNeverLeaked() {
      raw.repository(PartyRelationship.TYPE).insert(
          PartyRelationship.worksFor(new RelationshipId("r-1"), ACME, new ContactId("c-ann"), new AccountId("a-1")).withTitle("CTO"));
      Repository<PartyRelationship, RelationshipId> rels = secured(Map.of("party_relationship", new FieldAccess(Set.of("title"), Set.of())))
          .tenantStore(ANN).repository(PartyRelationship.TYPE);
      assertThatThrownBy(() -> rels.query(Criteria.all()))
          .isInstanceOf(SecuredAccessDeniedException.class).hasMessageContaining("no FieldRedactor is registered for party_relationship");
      assertThatThrownBy(() -> rels.find(new RelationshipId("r-1"))).isInstanceOf(SecuredAccessDeniedException.class);
    }

    @Test
    void aHiddenFieldTheRedactorCannotRemoveMakesTheTypeUnreadable() {
      Repository<Contact, ContactId> contacts = contactsOf(ANN, Map.of("contact", new FieldAccess(Set.of("owner"), Set.of())));
      assertThatThrownBy(() -> contacts.query(Criteria.all()))
          .isInstanceOf(SecuredAccessDeniedException.class).hasMessageContaining("cannot remove them").hasMessageContaining("[owner]");
    }

    @Test
    void auditEntriesLoseTheirChangesWhenTheAuditedRecordIsUnreadableOrHasHiddenFields() {
      Repository<Contact, ContactId> audited = Audit.audited(raw.repository(Contact.TYPE), raw, Auditor.of("sam", clock, EventPublisher.discarding()));
      Contact ann = raw.repository(Contact.TYPE).get(new ContactId("c-ann"));
      audited.update(ann.withContactPoint(ContactPoint.email("zoe@new.example", ContactPoint.Purpose.HOME)));
      Criteria aboutAnn = Criteria.eq(AuditEntry.RECORD, "contact:c-ann");
      List<AuditEntry> plain = secured(Map.of()).tenantStore(ANN).repository(AuditEntry.TYPE).query(aboutAnn);
      List<AuditEntry> redacted = secured(Map.of("contact", CONTACT_FLS)).tenantStore(ANN).repository(AuditEntry.TYPE).query(aboutAnn);
      assertThat(plain).singleElement().satisfies(e -> assertThat(e.changes().toString()).contains("zoe@new.example"));
      assertThat(redacted).singleElement().satisfies(e -> {
        assertThat(e.changes()).isEmpty();
        assertThat(e.actor()).isEqualTo("sam");
      });
      List<AuditEntry> unreadable = secured(Map.of()).tenantStore(BOB).repository(AuditEntry.TYPE).query(aboutAnn);
      assertThat(unreadable).as("bob may not read c-ann, so not its changes").singleElement().satisfies(e -> assertThat(e.changes()).isEmpty());
    }
  }

  @Nested
  @DisplayName("writes need the right and leave nothing half-applied")
  class Writes {
    @Test
    void insertNeedsCreateOnTheNewRecord() {
      Repository<Contact, ContactId> contacts = contactsOf(BOB, Map.of());
      assertThatThrownBy(() -> contacts.insert(contact("c-new", "Ann", "Other", "ann")))
          .isInstanceOfSatisfying(SecuredAccessDeniedException.class, e -> {
            assertThat(e.action()).isEqualTo(Action.CREATE);
            assertThat(e.recordId()).contains("c-new");
            assertThat(e.rule()).isEqualTo("record-owner");
          })
          .hasMessageContaining("acme/user:bob may not CREATE contact c-new");
      assertThat(raw.repository(Contact.TYPE).find(new ContactId("c-new"))).isEmpty();
      assertThat(contacts.insert(contact("c-new", "Bob", "Own", "bob")).version()).isEqualTo(1);
    }

    @Test
    void insertAllIsRefusedWholeWhenOneRecordIsForbidden() {
      Repository<Contact, ContactId> contacts = contactsOf(BOB, Map.of());
      assertThatThrownBy(() -> contacts.insertAll(List.of(contact("c-1", "A", "B", "bob"), contact("c-2", "C", "D", "cy"))))
          .isInstanceOf(SecuredAccessDeniedException.class).hasMessageContaining("c-2");
      assertThat(raw.repository(Contact.TYPE).findAll(List.of(new ContactId("c-1"), new ContactId("c-2")))).isEmpty();
    }

    @Test
    void insertMustLeaveHiddenFieldsEmpty() {
      Repository<Contact, ContactId> contacts = contactsOf(BOB, Map.of("contact", CONTACT_FLS));
      assertThatThrownBy(() -> contacts.insert(contact("c-new", "Bob", "Own", "bob")))
          .isInstanceOf(SecuredAccessDeniedException.class).hasMessageContaining("'custom.salary' is hidden");
      Contact clean = contact("c-new", "Bob", "Own", "bob");
      clean = clean.withContactPoints(clean.contactPoints(ContactPoint.Kind.PHONE)).withCustomFields(CustomFields.empty());
      assertThat(contacts.insert(clean).phones()).containsExactly("+4930123456");
    }

    @Test
    void updateNeedsEditOnTheStoredRecord() {
      Repository<Contact, ContactId> contacts = contactsOf(ANN, Map.of());
      Contact bobs = contacts.get(new ContactId("c-bob"));
      assertThatThrownBy(() -> contacts.update(bobs.withOwner(Owner.user("ann"))))
          .isInstanceOfSatisfying(SecuredAccessDeniedException.class, e -> {
            assertThat(e.action()).isEqualTo(Action.EDIT);
            assertThat(e.recordId()).contains("c-bob");
          });
      assertThat(raw.repository(Contact.TYPE).get(new ContactId("c-bob"))).isEqualTo(bobs);
    }

    @Test
    void aWriteToARecordThePrincipalMayNotReadFailsLikeAWriteToADeletedOne() {
      Repository<Contact, ContactId> contacts = contactsOf(BOB, Map.of());
      Contact anns = raw.repository(Contact.TYPE).get(new ContactId("c-ann"));
      assertThatThrownBy(() -> contacts.update(anns.withJobTitle("CEO"))).isInstanceOf(ConcurrencyConflictException.class);
      assertThatThrownBy(() -> contacts.delete(anns.id(), anns.version())).isInstanceOf(ConcurrencyConflictException.class);
      assertThat(raw.repository(Contact.TYPE).get(anns.id())).isEqualTo(anns);
    }

    @Test
    void aRedactedReadWrittenBackKeepsTheHiddenValues() {
      Repository<Contact, ContactId> contacts = contactsOf(ANN, Map.of("contact", CONTACT_FLS));
      Contact before = raw.repository(Contact.TYPE).get(new ContactId("c-ann"));
      Contact seen = contacts.get(before.id());
      Contact saved = contacts.update(seen.withName(PersonName.of("Zoé", "Ó Briain")));
      Contact stored = raw.repository(Contact.TYPE).get(before.id());
      assertThat(saved.emails()).isEmpty();
      assertThat(stored.name().givenName()).contains("Zoé");
      assertThat(stored.contactPoints()).isEqualTo(before.contactPoints());
      assertThat(stored.customFields()).isEqualTo(before.customFields());
    }

    @Test
    void changesToReadOnlyOrHiddenFieldsAreRefused() {
      Repository<Contact, ContactId> contacts = contactsOf(ANN, Map.of("contact", CONTACT_FLS));
      Contact seen = contacts.get(new ContactId("c-ann"));
      assertThatThrownBy(() -> contacts.update(seen.withJobTitle("CEO")))
          .isInstanceOf(SecuredAccessDeniedException.class).hasMessageContaining("'jobTitle' is read-only");
      assertThatThrownBy(() -> contacts.update(seen.withContactPoint(ContactPoint.email("x@y.example", ContactPoint.Purpose.HOME))))
          .isInstanceOf(SecuredAccessDeniedException.class).hasMessageContaining("'email' is hidden");
      assertThatThrownBy(() -> contacts.update(seen.withCustomFields(seen.customFields().with("salary", FieldValue.number(1)))))
          .isInstanceOf(SecuredAccessDeniedException.class).hasMessageContaining("'custom.salary' is hidden");
      assertThat(raw.repository(Contact.TYPE).get(seen.id()).version()).isEqualTo(1);
    }

    @Test
    void deleteNeedsDelete() {
      Repository<Contact, ContactId> contacts = contactsOf(ANN, Map.of());
      assertThatThrownBy(() -> contacts.delete(new ContactId("c-bob"), 1))
          .isInstanceOfSatisfying(SecuredAccessDeniedException.class, e -> assertThat(e.action()).isEqualTo(Action.DELETE));
      assertThat(raw.repository(Contact.TYPE).find(new ContactId("c-bob"))).isPresent();
      contacts.delete(new ContactId("c-ann"), 1);
      assertThat(raw.repository(Contact.TYPE).find(new ContactId("c-ann"))).isEmpty();
    }

    @Test
    void transactionsAreTheUnderlyingStoresAllOrNothing() {
      TenantStore ann = secured(Map.of()).tenantStore(ANN);
      Repository<Contact, ContactId> contacts = ann.repository(Contact.TYPE);
      assertThatThrownBy(() -> ann.transactions().run(() -> {
        contacts.insert(contact("c-t1", "T", "One", "ann"));
        contacts.insert(contact("c-t2", "T", "Two", "cy"));
      })).isInstanceOf(AccessDeniedException.class);
      assertThat(raw.repository(Contact.TYPE).find(new ContactId("c-t1"))).isEmpty();
    }
  }

  @Nested
  @DisplayName("the customer view over a secured store")
  class Views {
    @Test
    void showsOnlyWhatThePrincipalMaySee() {
      Repository<Account, AccountId> accounts = raw.repository(Account.TYPE);
      accounts.insert(Account.builder(new AccountId("a-1"), ACME).name("ACME Ünited").owner(Owner.user("ann")).createdAt(T0).updatedAt(T0).build());
      Repository<Contact, ContactId> rawContacts = raw.repository(Contact.TYPE);
      for (String id : List.of("c-ann", "c-bob", "c-cy")) {
        Contact c = rawContacts.get(new ContactId(id));
        rawContacts.update(c.withAccount(new AccountId("a-1")));
      }
      raw.repository(Activity.TYPE).insert(Activity.note(new ActivityId("n-1"), ACME, "Cy's secret", "about a-1", Owner.user("cy"),
          List.of(new RecordRef("account", "a-1")), T0));
      raw.repository(Activity.TYPE).insert(Activity.note(new ActivityId("n-2"), ACME, "Ann's note", "private body", Owner.user("ann"),
          List.of(new RecordRef("account", "a-1")), T0));
      SecuredStore secured = SecuredStore.of(store, new OwnerSetPolicy(READS,
          Map.of("contact", CONTACT_FLS, "activity", new FieldAccess(Set.of("body"), Set.of()))), clock);

      CustomerView annSees = CustomerViews.builder(secured.as(ANN)).clock(clock).build().view(ACME, new RecordRef("account", "a-1"));
      assertThat(ids(annSees.people())).containsExactly("c-ann", "c-bob");
      assertThat(annSees.people()).allSatisfy(c -> assertThat(c.emails()).isEmpty());
      assertThat(annSees.timeline()).extracting(e -> e.source().id()).containsExactly("n-2");
      assertThat(annSees.timeline().get(0).item()).isInstanceOfSatisfying(Activity.class, a -> assertThat(a.body()).isEmpty());

      CustomerViews bobs = CustomerViews.builder(secured.as(BOB)).clock(clock).build();
      assertThatThrownBy(() -> bobs.view(ACME, new RecordRef("account", "a-1"))).isInstanceOf(NotFoundException.class);
      CustomerView bobSees = bobs.view(ACME, new RecordRef("contact", "c-bob"));
      assertThat(bobSees.account()).isEmpty();
      assertThat(bobSees.contact().orElseThrow().emails()).isEmpty();
      assertThat(bobSees.contactPoints()).noneMatch(p -> p.kind() == ContactPoint.Kind.EMAIL);
    }
  }
}
