package io.crmkit.marketing.privacy;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.json.CrmJson;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.privacy.Subject;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.marketing.campaign.Campaign;
import io.crmkit.marketing.campaign.CampaignId;
import io.crmkit.marketing.campaign.CampaignType;
import io.crmkit.marketing.channel.ChannelKind;
import io.crmkit.marketing.channel.EngagementKind;
import io.crmkit.marketing.journey.Enrolment;
import io.crmkit.marketing.journey.EnrolmentId;
import io.crmkit.marketing.journey.EntryRule;
import io.crmkit.marketing.journey.Journey;
import io.crmkit.marketing.journey.JourneyEngine;
import io.crmkit.marketing.journey.JourneyId;
import io.crmkit.marketing.journey.JourneyStep;
import io.crmkit.marketing.journey.StepId;
import io.crmkit.marketing.journey.BranchCondition;
import io.crmkit.marketing.segment.MembershipSnapshot;
import io.crmkit.marketing.segment.Segment;
import io.crmkit.marketing.segment.SegmentCondition;
import io.crmkit.marketing.segment.SegmentTarget;
import io.crmkit.marketing.segment.Segments;
import io.crmkit.marketing.segment.StaticList;
import io.crmkit.marketing.segment.SuppressionEntry;
import io.crmkit.marketing.segment.SuppressionList;
import io.crmkit.marketing.subscription.GlobalSuppression;
import io.crmkit.marketing.subscription.PendingConfirmation;
import io.crmkit.marketing.subscription.SubscriptionType;
import io.crmkit.marketing.subscription.Subscriptions;
import io.crmkit.marketing.subscription.UnsubscribeTokens;
import io.crmkit.marketing.template.TemplateId;
import io.crmkit.core.IdGenerator;
import io.crmkit.core.money.Money;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** A tenant on an in-memory store with people and their marketing records, built through crm-marketing's API. */
final class MarketingWorld {
  static final TenantId ACME = TenantId.of("acme");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  /** Every entity type of crm-marketing. */
  static final List<EntityType<?, ?>> TYPES = List.of(Campaign.TYPE, Enrolment.TYPE, Segment.TYPE, MembershipSnapshot.TYPE,
      StaticList.TYPE, SuppressionList.TYPE, SubscriptionType.TYPE, PendingConfirmation.TYPE, GlobalSuppression.TYPE);

  final Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  final IdGenerator ids = IdGenerator.uuidV7(clock);
  final InMemoryStore store = InMemoryStore.create();
  final TenantStore acme;
  final Segments segments;
  final Subscriptions subscriptions;
  final SubscriptionType newsletter;
  final Journey onboarding;

  /** A person: their contact, identifiers and the records made about them, as {@code type/id}. */
  record Person(Contact contact, String email, String phone, Set<String> records) {
    Subject subject() {
      return new Subject(contact.tenantId(), contact.id(), Set.of(email), Set.of(phone));
    }

    String id() {
      return contact.id().value();
    }

    void add(EntityType<?, ?> type, Aggregate<?> record) {
      records.add(type.name() + "/" + record.id().value());
    }
  }

  MarketingWorld() {
    this(ACME);
  }

  MarketingWorld(TenantId tenant) {
    acme = store.forTenant(tenant);
    segments = Segments.of(acme, clock);
    subscriptions = Subscriptions.of(acme, clock, UnsubscribeTokens.withKey("a host secret of 32 bytes or more".getBytes(StandardCharsets.UTF_8)));
    newsletter = subscriptions.defineType("newsletter", "Newsletter", Channel.EMAIL, Purpose.NEWSLETTER, true);
    onboarding = Journey.builder(new JourneyId("onboarding"), tenant, "Onboarding")
        .entry(EntryRule.onTrigger("signup"))
        .step(JourneyStep.send("welcome", new TemplateId("t-welcome"), ChannelKind.EMAIL, "opened?"))
        .step(JourneyStep.branch("opened?", BranchCondition.engaged(new StepId("welcome"), EngagementKind.OPENED, Duration.ofDays(3)), "done", "done"))
        .step(JourneyStep.exit("done"))
        .build();
    acme.repository(Campaign.TYPE).insert(
        Campaign.draft(ids.next(CampaignId::new), tenant, "Spring launch", CampaignType.EMAIL, Money.currency("EUR")));
  }

  /** A stored contact; {@code n} (0 to 25) makes the e-mail and phone unique in the world. */
  Person person(String given, String family, int n) {
    String email = "p" + n + ".x" + given.length() + "@mail" + n + ".example";
    String phone = String.format("+49301%03d%04d", n, 1000 + given.length());
    Contact c = acme.repository(Contact.TYPE).insert(Contact.builder(ids.next(ContactId::new), acme.tenantId())
        .name(PersonName.of(given, family))
        .owner(Owner.user("u-1"))
        .contactPoint(ContactPoint.email(email, ContactPoint.Purpose.WORK).asPrimary())
        .contactPoint(ContactPoint.phone(phone, "DE", ContactPoint.Purpose.WORK))
        .timestamps(clock)
        .build());
    return new Person(c, email, phone, new TreeSet<>());
  }

  /** The person entered the onboarding journey and was sent the welcome (its history explains both). */
  Enrolment enrol(Person p) {
    Enrolment entered = JourneyEngine.enter(onboarding, p.contact(), BERLIN, List.of(), Optional.of("signup"), ids.next(EnrolmentId::new),
        clock.instant()).enrolment().orElseThrow();
    Enrolment advanced = JourneyEngine.advance(onboarding, entered, p.contact(), List.of(), clock.instant()).enrolment();
    Enrolment stored = acme.repository(Enrolment.TYPE).insert(advanced);
    p.add(Enrolment.TYPE, stored);
    return stored;
  }

  /** A double-opt-in sign-up not yet confirmed. */
  PendingConfirmation subscribe(Person p) {
    subscriptions.subscribe(p.contact().id(), newsletter.id(), "web-form");
    PendingConfirmation pending;
    try (Stream<PendingConfirmation> all = acme.repository(PendingConfirmation.TYPE).stream(Criteria.all())) {
      pending = all.filter(c -> c.contact().equals(p.contact().id()) && !p.records().contains("pending_confirmation/" + c.id().value()))
          .findFirst().orElseThrow();
    }
    p.add(PendingConfirmation.TYPE, pending);
    return pending;
  }

  StaticList list(String name, Collection<Person> members) {
    StaticList l = segments.createList(name, StaticList.Kind.AUDIENCE, SegmentTarget.CONTACTS, members.stream().map(Person::id).toList());
    members.forEach(p -> p.add(StaticList.TYPE, l));
    return l;
  }

  /** A snapshot of the segment of every contact: everyone is in it. */
  MembershipSnapshot snapshot(Collection<Person> everyone) {
    Segment all = segments.create("everyone", SegmentTarget.CONTACTS, SegmentCondition.matches(Criteria.all()));
    MembershipSnapshot s = segments.snapshot(all.id());
    everyone.forEach(p -> p.add(MembershipSnapshot.TYPE, s));
    return s;
  }

  SuppressionList suppressionList(String name, Map<Person, Boolean> byEmail) {
    List<SuppressionEntry> entries = new ArrayList<>();
    byEmail.forEach((p, email) -> entries.add(email ? SuppressionEntry.email(p.email()) : SuppressionEntry.id(p.id())));
    entries.add(SuppressionEntry.domain("competitor.example"));
    SuppressionList l = segments.createSuppressionList(name, entries);
    byEmail.keySet().forEach(p -> p.add(SuppressionList.TYPE, l));
    return l;
  }

  GlobalSuppression suppressGlobally(Person p, boolean byEmail) {
    GlobalSuppression g = subscriptions.suppressGlobally(
        byEmail ? SuppressionEntry.email(p.email()) : SuppressionEntry.id(p.id()), "objected to marketing by phone from " + p.phone());
    p.add(GlobalSuppression.TYPE, g);
    return g;
  }

  Map<String, Aggregate<?>> snapshotOfStore() {
    Map<String, Aggregate<?>> out = new TreeMap<>();
    for (EntityType<?, ?> type : TYPES) {
      add(acme, type, out);
    }
    return out;
  }

  private static <T extends Aggregate<I>, I extends EntityId> void add(TenantStore tenant, EntityType<T, I> type, Map<String, Aggregate<?>> out) {
    try (Stream<T> all = tenant.repository(type).stream(Criteria.all())) {
      all.forEach(r -> out.put(type.name() + "/" + r.id().value(), r));
    }
  }

  /** The keys of the records whose JSON contains any of {@code values}. */
  static List<String> containing(Map<String, Aggregate<?>> records, List<String> values) {
    List<String> out = new ArrayList<>();
    records.forEach((key, r) -> {
      String json = CrmJson.write(r);
      if (values.stream().anyMatch(json::contains)) {
        out.add(key);
      }
    });
    return out;
  }
}
