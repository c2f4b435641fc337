package io.crmkit.testkit.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.Direction;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentAction;
import io.crmkit.core.consent.ConsentEvent;
import io.crmkit.core.consent.ConsentEventId;
import io.crmkit.core.consent.ConsentLedger;
import io.crmkit.core.consent.LegalBasis;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.party.Contact;
import io.crmkit.core.score.Score;
import io.crmkit.marketing.campaign.Campaign;
import io.crmkit.marketing.campaign.CampaignId;
import io.crmkit.marketing.campaign.CampaignMember;
import io.crmkit.testkit.arbitrary.ScoreArbitraries;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.marketing.segment.GeoPoint;
import io.crmkit.marketing.segment.ListId;
import io.crmkit.marketing.segment.Segment;
import io.crmkit.marketing.segment.SegmentCondition;
import io.crmkit.marketing.segment.SegmentId;
import io.crmkit.marketing.segment.SegmentTarget;
import io.crmkit.marketing.segment.Segments;
import io.crmkit.marketing.segment.StaticList;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple4;

/**
 * A segment compiled to core criteria and evaluated by the in-memory store (plus the radius second pass)
 * selects exactly the contacts that a direct, independent reading of the definition selects: criteria through
 * the type's reference matcher, consent through the ledger contact by contact, activities by scanning them,
 * radius by the haversine distance, region and list membership by looking, scores by taking each contact's
 * latest from the generated history, campaign conditions by looking at the generated campaigns' members.
 */
class SegmentCompilationProperties {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  private static final ListId LIST = new ListId("vip");
  private static final List<CampaignId> CAMPAIGNS = List.of(new CampaignId("spring"), new CampaignId("webinar-1"), new CampaignId("webinar-2"));

  /** Contacts, their score history and campaigns with some of them (and a lead) as members. */
  record World(List<Contact> contacts, List<Score> scores, List<Campaign> campaigns) {}

  @Provide
  Arbitrary<World> population() {
    return SegmentArbitraries.contacts(TENANT).list().ofMinSize(1).ofMaxSize(25).uniqueElements(Contact::id).flatMap(people -> {
      List<RecordRef> refs = new ArrayList<>(people.stream().map(Contact::ref).toList());
      List<RecordRef> members = new ArrayList<>(refs);
      members.add(new RecordRef("lead", people.get(0).id().value())); // a lead with a contact's id must not select the contact
      return Combinators.combine(
              ScoreArbitraries.histories(TENANT, refs, NOW), SegmentArbitraries.campaigns(TENANT, CAMPAIGNS, members, NOW))
          .as((scores, campaigns) -> new World(people, scores, campaigns));
    });
  }

  @Provide
  Arbitrary<SegmentCondition> conditions() {
    return SegmentArbitraries.conditions(LIST, CAMPAIGNS, NOW);
  }

  /** (contact index, what happened, purpose index, minutes before now; negative: after now). */
  @Provide
  Arbitrary<List<Tuple4<Integer, Integer, Integer, Integer>>> history() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 24), Arbitraries.integers().between(0, 6),
            Arbitraries.integers().between(0, 1), Arbitraries.integers().between(-600, 90 * 24 * 60))
        .as(Tuple::of).list().ofMinSize(5).ofMaxSize(60);
  }

  @Property(tries = 150)
  void storeEvaluationEqualsTheReading(
      @ForAll("population") World world,
      @ForAll("conditions") SegmentCondition condition,
      @ForAll("history") List<Tuple4<Integer, Integer, Integer, Integer>> history) {
    List<Contact> contacts = world.contacts();
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    TenantStore store = InMemoryStore.create().forTenant(TENANT);
    store.repository(Contact.TYPE).insertAll(contacts);
    store.repository(Score.TYPE).insertAll(world.scores());
    store.repository(Campaign.TYPE).insertAll(world.campaigns());
    List<String> listed = new ArrayList<>();
    for (int i = 0; i < contacts.size(); i += 3) {
      listed.add(contacts.get(i).id().value());
    }
    StaticList list = store.repository(StaticList.TYPE)
        .insert(StaticList.of(LIST, TENANT, "VIP", StaticList.Kind.AUDIENCE, SegmentTarget.CONTACTS, listed, NOW));
    ConsentLedger ledger = ConsentLedger.of(store, clock);
    List<Activity> activities = new ArrayList<>();
    int n = 0;
    for (Tuple4<Integer, Integer, Integer, Integer> h : history) {
      Contact c = contacts.get(h.get1() % contacts.size());
      RecordRef party = c.ref();
      Purpose purpose = SegmentArbitraries.PURPOSES.get(h.get3());
      Instant at = NOW.minus(Duration.ofMinutes(h.get4()));
      String id = "e-" + n++;
      switch (h.get2()) {
        case 0, 1 -> ledger.append(new ConsentEvent(new ConsentEventId(id), TENANT, 0, party, Channel.EMAIL, purpose,
            ConsentAction.GRANTED, LegalBasis.CONSENT, "form", at, h.get2() == 1, Optional.empty()));
        case 2 -> ledger.append(new ConsentEvent(new ConsentEventId(id), TENANT, 0, party, Channel.EMAIL, purpose,
            ConsentAction.CONFIRMED, LegalBasis.CONSENT, "link", at, false, Optional.empty()));
        case 3 -> ledger.append(new ConsentEvent(new ConsentEventId(id), TENANT, 0, party, Channel.EMAIL,
            h.get3() == 0 ? purpose : Purpose.ALL, ConsentAction.WITHDRAWN, LegalBasis.CONSENT, "link", at, false, Optional.empty()));
        case 4 -> activities.add(Activity.note(new ActivityId(id), TENANT, "Visited /pricing", "web visit", Owner.user("u-1"),
            List.of(party), at));
        default -> activities.add(Activity.email(new ActivityId(id), TENANT, "Re: offer", Owner.user("u-1"), List.of(party),
            Direction.INBOUND, at, at));
      }
    }
    store.repository(Activity.TYPE).insertAll(activities);
    Segments segments = new Segments(store, ledger, clock, IdGenerator.uuidV7(clock));
    Segment segment = Segment.of(new SegmentId("s-1"), TENANT, "random", SegmentTarget.CONTACTS, condition, NOW);

    List<String> compiled = segments.members(segment, NOW);

    TreeSet<String> expected = new TreeSet<>(io.crmkit.core.query.Values.CODE_POINT_ORDER);
    for (Contact c : contacts) {
      if (reading(condition, c, new Facts(ledger, activities, list, world))) {
        expected.add(c.id().value());
      }
    }
    Statistics.label("selected").collect(expected.isEmpty() ? "none" : expected.size() == contacts.size() ? "all" : "some");
    assertThat(compiled).containsExactlyElementsOf(expected);
  }

  /** What the reading looks at besides the contact. */
  record Facts(ConsentLedger ledger, List<Activity> activities, StaticList list, World world) {}

  private static boolean reading(SegmentCondition c, Contact x, Facts f) {
    ConsentLedger ledger = f.ledger();
    List<Activity> activities = f.activities();
    StaticList list = f.list();
    if (c instanceof SegmentCondition.Matches m) {
      return Contact.TYPE.matcher(m.criteria()).test(x);
    } else if (c instanceof SegmentCondition.Consent k) {
      return ledger.decide(x.ref(), k.channel(), k.purpose(), NOW).state() == k.state();
    } else if (c instanceof SegmentCondition.HasActivity a) {
      return activities.stream().anyMatch(act -> act.type() == a.type() && act.links().contains(x.ref())
          && !act.occurredAt().isBefore(a.since()) && !act.occurredAt().isAfter(NOW));
    } else if (c instanceof SegmentCondition.WithinRadius w) {
      Optional<FieldValue> lat = x.customFields().get(w.latitudeKey());
      Optional<FieldValue> lon = x.customFields().get(w.longitudeKey());
      if (lat.isEmpty() || lon.isEmpty()) {
        return false;
      }
      GeoPoint p = GeoPoint.of(((FieldValue.DecimalValue) lat.get()).value().doubleValue(),
          ((FieldValue.DecimalValue) lon.get()).value().doubleValue());
      return p.distanceKm(w.center()) <= w.radiusKm();
    } else if (c instanceof SegmentCondition.InRegion r) {
      return x.customFields().get(r.key()).filter(v -> v instanceof FieldValue.TextValue t && r.regions().contains(t.value())).isPresent();
    } else if (c instanceof SegmentCondition.InList) {
      return list.members().contains(x.id().value());
    } else if (c instanceof SegmentCondition.HasScore h) {
      return f.world().scores().stream()
          .filter(s -> s.subject().equals(x.ref()) && s.model().equals(h.model()) && !s.computedAt().isAfter(NOW))
          .max(Comparator.comparing(Score::computedAt).thenComparing(s -> s.id().value()))
          .map(s -> h.range().contains(s.value())).orElse(false);
    } else if (c instanceof SegmentCondition.CampaignMembership cm) {
      return memberOf(f.world(), cm.campaign(), x)
          .filter(m -> cm.statuses().isEmpty() || cm.statuses().stream().anyMatch(st -> st.equalsIgnoreCase(m.status()))).isPresent();
    } else if (c instanceof SegmentCondition.RespondedTo r) {
      return memberOf(f.world(), r.campaign(), x).flatMap(CampaignMember::firstRespondedAt).filter(t -> !t.isAfter(NOW)).isPresent();
    } else if (c instanceof SegmentCondition.InCampaignOfType t) {
      return f.world().campaigns().stream().anyMatch(k -> k.type() == t.type()
          && k.endDate().or(k::startDate).filter(d -> !d.isBefore(t.since())).isPresent()
          && k.members().stream().anyMatch(m -> m.member().equals(x.ref())));
    } else if (c instanceof SegmentCondition.AllOf all) {
      return all.terms().stream().allMatch(t -> reading(t, x, f));
    } else if (c instanceof SegmentCondition.AnyOf any) {
      return any.terms().stream().anyMatch(t -> reading(t, x, f));
    } else if (c instanceof SegmentCondition.Not not) {
      return !reading(not.term(), x, f);
    }
    throw new AssertionError("the generators make no " + c);
  }

  private static Optional<CampaignMember> memberOf(World world, CampaignId campaign, Contact x) {
    return world.campaigns().stream().filter(k -> k.id().equals(campaign)).flatMap(k -> k.members().stream())
        .filter(m -> m.member().equals(x.ref())).findFirst();
  }
}
