package io.crmkit.examples.cli;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.Direction;
import io.crmkit.core.audit.Audit;
import io.crmkit.core.audit.Auditor;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentAction;
import io.crmkit.core.consent.ConsentEvent;
import io.crmkit.core.consent.ConsentEventId;
import io.crmkit.core.consent.LegalBasis;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.event.EventPublisher;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.merge.ContactMerge;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PartyRelationship;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.party.RelationshipId;
import io.crmkit.core.store.CrmStore;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.lead.LeadId;
import io.crmkit.sales.lead.LeadSource;
import io.crmkit.service.cases.Case;
import io.crmkit.service.cases.CaseChannel;
import io.crmkit.service.cases.CaseId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The seeded world of {@code crm export-subject --demo} and {@code crm erase-subject --demo}: Ada Lovelace
 * ({@code c-ada}, {@code ada@lovelace.example}, {@code +442079460018}) with a duplicate merged into her,
 * activities, a relationship, consent with a withdrawal, an audited change, a lead by her e-mail and a case;
 * Charles Babbage ({@code c-charles}) beside her; and Grace Hopper, known only as a lead
 * ({@code grace@hopper.example}). Records of modules whose privacy source is on the class path show up in
 * the export; the others are simply not found.
 */
final class PrivacyDemo {
  /** The demo's suppression key; a host keeps its own secret. */
  static final byte[] KEY = "crm demo suppression key, not a secret".getBytes(StandardCharsets.UTF_8);

  private PrivacyDemo() {}

  static CrmStore seed(TenantId tenant, Clock clock) {
    CrmStore store = InMemoryStore.create();
    TenantStore t = store.forTenant(tenant);
    AtomicLong n = new AtomicLong();
    IdGenerator ids = () -> "d-" + n.incrementAndGet();
    Owner sam = Owner.user("sam");

    AccountId engines = t.repository(Account.TYPE).insert(Account.builder(new AccountId("a-engines"), tenant)
        .name("Analytical Engines Ltd").owner(sam).timestamps(clock).build()).id();
    Repository<Contact, ContactId> contacts = t.repository(Contact.TYPE);
    ContactId ada = contacts.insert(Contact.builder(new ContactId("c-ada"), tenant).name(PersonName.of("Ada", "Lovelace"))
        .owner(sam).account(engines).jobTitle("Analyst")
        .contactPoint(ContactPoint.email("ada@lovelace.example", ContactPoint.Purpose.WORK).asPrimary())
        .contactPoint(ContactPoint.phone("+44 20 7946 0018", "GB", ContactPoint.Purpose.MOBILE))
        .customFields(CustomFields.empty().with("newsletter_topics", FieldValue.text("poetical science")))
        .timestamps(clock).build()).id();
    ContactId countess = contacts.insert(Contact.builder(new ContactId("c-countess"), tenant).name(PersonName.of("Augusta Ada", "King"))
        .owner(sam).contactPoint(ContactPoint.email("countess@lovelace.example", ContactPoint.Purpose.HOME))
        .timestamps(clock).build()).id();
    ContactId charles = contacts.insert(Contact.builder(new ContactId("c-charles"), tenant).name(PersonName.of("Charles", "Babbage"))
        .owner(sam).account(engines).contactPoint(ContactPoint.email("charles@babbage.example", ContactPoint.Purpose.WORK).asPrimary())
        .timestamps(clock).build()).id();
    ContactMerge.builder(t, clock).ids(ids).build().merge(ada, List.of(countess), "sam");

    RecordRef adaRef = RecordRef.of(Contact.TYPE_NAME, ada);
    Repository<Activity, ActivityId> activities = t.repository(Activity.TYPE);
    activities.insert(Activity.note(new ActivityId("act-note"), tenant, "Met Ada at the Royal Society", "Wants the engine notes",
        sam, List.of(adaRef), clock.instant()));
    activities.insert(Activity.call(new ActivityId("act-call"), tenant, "Call about the engine", sam,
        List.of(adaRef, RecordRef.of(Account.TYPE_NAME, engines), RecordRef.of(Contact.TYPE_NAME, charles)), Direction.OUTBOUND,
        clock.instant(), Optional.empty(), clock.instant()));
    t.repository(PartyRelationship.TYPE).insert(
        PartyRelationship.worksFor(new RelationshipId("rel-ada"), tenant, ada, engines).withTitle("Analyst"));
    t.repository(PartyRelationship.TYPE).insert(PartyRelationship.of(new RelationshipId("rel-colleague"), tenant,
        adaRef, RecordRef.of(Contact.TYPE_NAME, charles), io.crmkit.core.party.RelationshipRole.REPORTS_TO));

    // ledger entries with fixed ids, so that the demo prints the same document on every run
    Repository<ConsentEvent, ConsentEventId> consent = t.repository(ConsentEvent.TYPE);
    consent.insert(new ConsentEvent(new ConsentEventId("ce-grant"), tenant, 0, adaRef, Channel.EMAIL, Purpose.NEWSLETTER,
        ConsentAction.GRANTED, LegalBasis.CONSENT, "web-form", clock.instant(), false, Optional.of("form 1843 from 192.0.2.44")));
    consent.insert(new ConsentEvent(new ConsentEventId("ce-withdrawal"), tenant, 0, adaRef, Channel.PHONE, Purpose.ALL,
        ConsentAction.WITHDRAWN, LegalBasis.CONSENT, "call", clock.instant(), false, Optional.of("asked not to be called")));

    Repository<Contact, ContactId> audited = Audit.audited(contacts, t, Auditor.custom().actor("sam").clock(clock).ids(ids)
        .events(EventPublisher.discarding()).build());
    audited.update(contacts.get(ada).withJobTitle("Analyst of the Analytical Engine"));

    t.repository(Lead.TYPE).insert(Lead.builder(new LeadId("l-ada"), tenant).name(PersonName.of("Ada", "Lovelace"))
        .company("Analytical Engines Ltd").email(ContactPoint.email("ada@lovelace.example", ContactPoint.Purpose.WORK))
        .source(LeadSource.WEB).owner(sam).timestamps(clock).build());
    t.repository(Lead.TYPE).insert(Lead.builder(new LeadId("l-grace"), tenant).name(PersonName.of("Grace", "Hopper"))
        .company("Eckert–Mauchly").email(ContactPoint.email("grace@hopper.example", ContactPoint.Purpose.WORK))
        .source(LeadSource.TRADE_SHOW).owner(sam).timestamps(clock).build());
    t.repository(Case.TYPE).insert(Case.builder(new CaseId("case-ada"), tenant).subject("The engine notes are missing Note G")
        .channel(CaseChannel.EMAIL).contact(ada).owner(sam).timestamps(clock).build());
    return store;
  }
}
