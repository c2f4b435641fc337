package io.crmkit.store.jdbc;

import io.crmkit.core.TenantId;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.party.ContactId;
import io.crmkit.marketing.campaign.Campaign;
import io.crmkit.marketing.channel.EngagementKind;
import io.crmkit.marketing.channel.MessageId;
import io.crmkit.marketing.journey.Enrolment;
import io.crmkit.marketing.journey.EnrolmentId;
import io.crmkit.marketing.journey.EnrolmentStatus;
import io.crmkit.marketing.journey.HistoryEntry;
import io.crmkit.marketing.journey.JourneyId;
import io.crmkit.marketing.journey.RecordedSignal;
import io.crmkit.marketing.journey.SentMessage;
import io.crmkit.marketing.journey.StepId;
import io.crmkit.marketing.segment.ListId;
import io.crmkit.marketing.segment.MembershipSnapshot;
import io.crmkit.marketing.segment.Segment;
import io.crmkit.marketing.segment.SegmentId;
import io.crmkit.marketing.segment.SegmentTarget;
import io.crmkit.marketing.segment.SnapshotId;
import io.crmkit.marketing.segment.StaticList;
import io.crmkit.marketing.segment.SuppressionList;
import io.crmkit.marketing.subscription.ConfirmationId;
import io.crmkit.marketing.subscription.GlobalSuppression;
import io.crmkit.marketing.subscription.PendingConfirmation;
import io.crmkit.marketing.subscription.SubscriptionType;
import io.crmkit.marketing.subscription.SubscriptionTypeId;
import io.crmkit.marketing.subscription.SuppressionId;
import io.crmkit.testkit.arbitrary.CrmArbitraries;
import io.crmkit.testkit.marketing.CampaignArbitraries;
import io.crmkit.testkit.marketing.SegmentArbitraries;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of every aggregate of crm-marketing for the JSON and database tests: the testkit's arbitraries
 * where they exist (campaigns, segments, suppression entries), and generators over the real constructors for
 * the rest, with Unicode text, optional values present and absent, and nanosecond instants.
 */
final class MarketingAggregates {
  static final Instant NOW = Instant.parse("2026-05-04T10:15:30.123456789Z");

  private MarketingAggregates() {}

  /** Names with accents, CJK and astral symbols, 1 to 200 characters, never blank. */
  static Arbitrary<String> names() {
    return Arbitraries.oneOf(
        Arbitraries.of("Newsletter", "Frühjahr — Ümlaute", "春のキャンペーン", "Black Friday 🎉", "\"quoted\" \\ back\tslash"),
        Arbitraries.strings().withCharRange('a', 'z').withCharRange('À', 'ÿ').withChars(' ', '日', '本').ofMinLength(1).ofMaxLength(200)
            .filter(s -> !s.isBlank()));
  }

  static Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(-86_400L * 365 * 30, 86_400L * 365 * 30)
        .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> NOW.plusSeconds(s).plusNanos(n)));
  }

  static Arbitrary<Campaign> campaigns(TenantId tenant) {
    return CampaignArbitraries.campaigns(tenant);
  }

  static Arbitrary<Segment> segments(TenantId tenant) {
    return SegmentArbitraries.segments(tenant, new ListId("list-ü"), NOW);
  }

  static Arbitrary<SuppressionList> suppressionLists(TenantId tenant) {
    return Combinators.combine(CrmArbitraries.ids(ListId::new), names(), SegmentArbitraries.suppressionEntries().list().ofMaxSize(12), instants())
        .as((id, name, entries, at) -> SuppressionList.of(id, tenant, name, entries, at));
  }

  static Arbitrary<StaticList> staticLists(TenantId tenant) {
    return Combinators.combine(CrmArbitraries.ids(ListId::new), names(), Arbitraries.of(StaticList.Kind.class),
            Arbitraries.of(SegmentTarget.class), CrmArbitraries.idTexts().list().ofMaxSize(20), instants(),
            Arbitraries.longs().between(0, 86_400_000))
        .as((id, name, kind, target, members, at, later) -> {
          StaticList l = StaticList.of(id, tenant, name, kind, target, members, at);
          return later == 0 ? l : l.withMembers(List.of("late-" + later), at.plusMillis(later));
        });
  }

  static Arbitrary<MembershipSnapshot> snapshots(TenantId tenant) {
    return Combinators.combine(CrmArbitraries.ids(SnapshotId::new), CrmArbitraries.ids(SegmentId::new),
            Arbitraries.longs().between(0, 1_000_000), instants(), CrmArbitraries.idTexts().list().ofMaxSize(30))
        .as((id, segment, segmentVersion, at, members) -> new MembershipSnapshot(id, tenant, 0, segment, segmentVersion, at, members));
  }

  static Arbitrary<SubscriptionType> subscriptionTypes(TenantId tenant) {
    Arbitrary<String> keys = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)
        .list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join("-", parts));
    return Combinators.combine(CrmArbitraries.ids(SubscriptionTypeId::new), keys, names(), Arbitraries.of(Channel.class),
            Arbitraries.of(Purpose.NEWSLETTER, Purpose.MARKETING, Purpose.SERVICE, Purpose.of("product-news")), Arbitraries.of(true, false),
            Arbitraries.longs().between(1, Duration.ofDays(90).toSeconds()), instants())
        .as((id, key, name, channel, purpose, doi, validity, at) ->
            new SubscriptionType(id, tenant, 0, key, name, channel, purpose, doi, Duration.ofSeconds(validity), at));
  }

  static Arbitrary<PendingConfirmation> confirmations(TenantId tenant) {
    Arbitrary<String> hashes = Arbitraries.strings().withChars("0123456789abcdef").ofLength(64);
    return Combinators.combine(CrmArbitraries.ids(ConfirmationId::new), CrmArbitraries.contactIds(), CrmArbitraries.ids(SubscriptionTypeId::new),
            hashes, instants(), Arbitraries.longs().between(1, 86_400_000L * 90), Arbitraries.longs().between(0, 1_000_000).optional())
        .as((id, contact, type, hash, issued, validMillis, usedAfter) -> new PendingConfirmation(id, tenant, 0, contact, type, hash,
            issued, issued.plusMillis(validMillis), usedAfter.map(issued::plusMillis)));
  }

  static Arbitrary<GlobalSuppression> globalSuppressions(TenantId tenant) {
    return Combinators.combine(CrmArbitraries.ids(SuppressionId::new), SegmentArbitraries.suppressionEntries(), names(), instants())
        .as((id, entry, reason, since) -> new GlobalSuppression(id, tenant, 0, entry, reason, since));
  }

  static Arbitrary<Enrolment> enrolments(TenantId tenant) {
    Arbitrary<StepId> steps = Arbitraries.of("welcome", "wait-3d", "branch-ü", "goal").map(StepId::new);
    Arbitrary<HistoryEntry> history = Combinators.combine(instants(), steps.optional(), steps.optional(), names())
        .as(HistoryEntry::new);
    Arbitrary<SentMessage> sent = Combinators.combine(CrmArbitraries.ids(MessageId::new), steps, instants()).as(SentMessage::new);
    Arbitrary<RecordedSignal> signals = Arbitraries.oneOf(
        Combinators.combine(CrmArbitraries.ids(MessageId::new), Arbitraries.of(EngagementKind.class), instants()).as(RecordedSignal::engagement),
        Combinators.combine(Arbitraries.of("clicked-pricing", "webhook:ü", "日本"), instants()).as(RecordedSignal::trigger));
    Arbitrary<EnrolmentStatus> statuses = Arbitraries.of(EnrolmentStatus.class);
    return Combinators.combine(
            Combinators.combine(CrmArbitraries.ids(EnrolmentId::new), CrmArbitraries.ids(JourneyId::new), CrmArbitraries.contactIds(),
                CrmArbitraries.zoneIds(), instants(), statuses, steps, Arbitraries.longs().between(0, 86_400_000L * 30)).as(List::<Object>of),
            Arbitraries.strings().withCharRange('a', 'z').withChars('/', '.', '0', '9').ofMaxLength(30),
            history.list().ofMaxSize(6), sent.list().ofMaxSize(6), signals.list().ofMaxSize(6))
        .as((head, position, h, s, sig) -> {
          Instant entered = (Instant) head.get(4);
          Instant stepAt = entered.plusMillis((Long) head.get(7));
          EnrolmentStatus status = (EnrolmentStatus) head.get(5);
          return new Enrolment((EnrolmentId) head.get(0), tenant, 0, (JourneyId) head.get(1), (ContactId) head.get(2),
              (java.time.ZoneId) head.get(3), entered, status, (StepId) head.get(6), stepAt,
              status == EnrolmentStatus.EXITED ? Optional.of(stepAt) : Optional.empty(), position, h, s, sig);
        });
  }
}
