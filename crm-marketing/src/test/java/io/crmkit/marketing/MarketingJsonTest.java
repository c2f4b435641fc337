package io.crmkit.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.TenantId;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentState;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.json.CrmJson;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.ContactFields;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.EntityType;
import io.crmkit.marketing.campaign.Campaign;
import io.crmkit.marketing.campaign.CampaignId;
import io.crmkit.marketing.campaign.CampaignLifecycle;
import io.crmkit.marketing.campaign.CampaignType;
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
import io.crmkit.marketing.segment.GeoPoint;
import io.crmkit.marketing.segment.ListId;
import io.crmkit.marketing.segment.MembershipSnapshot;
import io.crmkit.marketing.segment.Segment;
import io.crmkit.marketing.segment.SegmentCondition;
import io.crmkit.marketing.segment.SegmentId;
import io.crmkit.marketing.segment.SegmentTarget;
import io.crmkit.marketing.segment.SnapshotId;
import io.crmkit.marketing.segment.StaticList;
import io.crmkit.marketing.segment.SuppressionEntry;
import io.crmkit.marketing.segment.SuppressionList;
import io.crmkit.marketing.subscription.ConfirmationId;
import io.crmkit.marketing.subscription.GlobalSuppression;
import io.crmkit.marketing.subscription.PendingConfirmation;
import io.crmkit.marketing.subscription.SubscriptionType;
import io.crmkit.marketing.subscription.SubscriptionTypeId;
import io.crmkit.marketing.subscription.SuppressionId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every aggregate of crm-marketing (each {@link EntityType} the module declares) survives {@link CrmJson} — as
 * a store document and as plain JSON — equal to itself, with Unicode text, optional values present and absent,
 * nanosecond instants, far dates, empty and large collections. Generated values are checked by
 * {@code MarketingJsonProperties} in crm-store-jdbc, which may use the testkit's arbitraries.
 */
class MarketingJsonTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Instant T = Instant.parse("2026-04-30T23:59:59.999999999Z");
  private static final String AWKWARD = "Grüße \"quoted\" \\ back\ttab\nline 日本 \uD83D\uDE80";

  private static <T extends Aggregate<I>, I extends EntityId> void assertRoundTrip(EntityType<T, I> type, List<T> values) {
    assertThat(values).isNotEmpty();
    for (T value : values) {
      String document = CrmJson.documentOf(value);
      assertThat(CrmJson.fromDocument(document, type)).as("%s from its document %s", type.name(), document).isEqualTo(value);
      assertThat(CrmJson.read(CrmJson.write(value), type.javaType())).as("%s from JSON", type.name()).isEqualTo(value);
    }
  }

  @Test
  @DisplayName("campaigns: drafts and fired ones, with parent, dates, budgets in currencies of 0, 2 and 3 decimals")
  void campaigns() {
    Campaign draft = Campaign.draft(new CampaignId("c-1"), ACME, AWKWARD, CampaignType.EMAIL, Money.currency("EUR"));
    Campaign rich = Campaign.draft(new CampaignId("c-2"), ACME, "Spring 春", CampaignType.WEBINAR, Money.currency("KWD"))
        .withParent(draft.id()).withStartDate(LocalDate.of(2026, 3, 1)).withEndDate(LocalDate.of(9999, 12, 31))
        .withBudget(Money.of(new BigDecimal("1234.567"), Money.currency("KWD")))
        .fire(CampaignLifecycle.SCHEDULE);
    Campaign yen = Campaign.draft(new CampaignId("c-3"), ACME, "円", CampaignType.OTHER, Money.currency("JPY"))
        .withExpectedRevenue(Money.of(new BigDecimal("1000000"), Money.currency("JPY"))).withVersion(41);
    assertRoundTrip(Campaign.TYPE, List.of(draft, rich, yen));
  }

  @Test
  @DisplayName("segments: every kind of condition, nested, with suppression and seed lists")
  void segments() {
    SegmentCondition all = SegmentCondition.allOf(
        SegmentCondition.matches(Criteria.and(Criteria.eq(ContactFields.GIVEN_NAME, "Zoë"), Criteria.prefix(ContactFields.FAMILY_NAME, "日"))),
        SegmentCondition.not(SegmentCondition.inList(new ListId("vip"))),
        SegmentCondition.anyOf(
            SegmentCondition.consent(Channel.EMAIL, Purpose.NEWSLETTER, ConsentState.GRANTED),
            SegmentCondition.hasActivity(ActivityType.MEETING, T.minus(Duration.ofDays(30))),
            SegmentCondition.within(new GeoPoint(52.52, 13.405), 12.5, "lat", "lon"),
            SegmentCondition.inRegion("region", Set.of("DE-BE", "JP-13"))),
        SegmentCondition.accountMatches(Criteria.eq(ContactFields.OWNER, "user:ü")));
    Segment plain = Segment.of(new SegmentId("s-1"), ACME, "All", SegmentTarget.CONTACTS, SegmentCondition.allOf(List.of()), T);
    Segment complex = Segment.of(new SegmentId("s-2"), ACME, AWKWARD, SegmentTarget.CONTACTS, all, T);
    Segment lists = new Segment(new SegmentId("s-3"), ACME, 3, "Accounts", SegmentTarget.ACCOUNTS, SegmentCondition.anyOf(List.of()),
        List.of(new ListId("sup-1"), new ListId("sup-2")), List.of(new ListId("seeds")), T, T.plusNanos(1));
    assertRoundTrip(Segment.TYPE, List.of(plain, complex, lists));
  }

  @Test
  @DisplayName("membership snapshots: empty, Unicode member ids, ten thousand members")
  void snapshots() {
    List<String> many = IntStream.range(0, 10_000).mapToObj(i -> "contact-" + i).toList();
    assertRoundTrip(MembershipSnapshot.TYPE, List.of(
        new MembershipSnapshot(new SnapshotId("snap-0"), ACME, 0, new SegmentId("s-1"), 0, Instant.EPOCH, List.of()),
        new MembershipSnapshot(new SnapshotId("snap-1"), ACME, 2, new SegmentId("s-1"), 7, T, List.of("ü-1", "日本-2", "\uD83D\uDE80")),
        new MembershipSnapshot(new SnapshotId("snap-2"), ACME, 0, new SegmentId("s-2"), Long.MAX_VALUE, T.plusSeconds(1), many)));
  }

  @Test
  @DisplayName("static lists of both kinds and targets, members in code-point order")
  void staticLists() {
    StaticList empty = StaticList.of(new ListId("l-0"), ACME, "Empty", StaticList.Kind.AUDIENCE, SegmentTarget.CONTACTS, List.of(), T);
    StaticList seeds = StaticList.of(new ListId("l-1"), ACME, AWKWARD, StaticList.Kind.values()[StaticList.Kind.values().length - 1],
        SegmentTarget.ACCOUNTS, List.of("z", "a", "\uD83D\uDE80", "\uFFFD", "é"), T).withMembers(List.of("b"), T.plusMillis(5));
    assertRoundTrip(StaticList.TYPE, List.of(empty, seeds));
  }

  @Test
  @DisplayName("suppression lists with id, e-mail and domain entries")
  void suppressionLists() {
    List<SuppressionEntry> entries = List.of(SuppressionEntry.id("contact-9"), SuppressionEntry.email("Zoë@Example.COM"),
        SuppressionEntry.domain("müller.test"));
    assertRoundTrip(SuppressionList.TYPE, List.of(
        SuppressionList.of(new ListId("sup-0"), ACME, "none", List.of(), T),
        SuppressionList.of(new ListId("sup-1"), ACME, AWKWARD, entries, T)));
  }

  @Test
  @DisplayName("subscription types: every channel, custom purposes, validities down to the nanosecond")
  void subscriptionTypes() {
    List<SubscriptionType> types = new ArrayList<>();
    for (Channel channel : Channel.values()) {
      types.add(new SubscriptionType(new SubscriptionTypeId("st-" + channel), ACME, 0, "news-" + channel.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
          "News " + channel, channel, Purpose.NEWSLETTER, channel == Channel.EMAIL, SubscriptionType.DEFAULT_CONFIRMATION_VALIDITY, T));
    }
    types.add(new SubscriptionType(new SubscriptionTypeId("st-x"), ACME, 5, "product-news", AWKWARD, Channel.PUSH,
        Purpose.of("product-news"), true, Duration.ofDays(90), T));
    types.add(new SubscriptionType(new SubscriptionTypeId("st-n"), ACME, 0, "n", "n", Channel.SMS, Purpose.MARKETING, false,
        Duration.ofNanos(1), Instant.MIN));
    assertRoundTrip(SubscriptionType.TYPE, types);
  }

  @Test
  @DisplayName("pending confirmations, used and unused")
  void pendingConfirmations() {
    String hash = "0123456789abcdef".repeat(4);
    assertRoundTrip(PendingConfirmation.TYPE, List.of(
        new PendingConfirmation(new ConfirmationId("pc-1"), ACME, 0, new ContactId("c-1"), new SubscriptionTypeId("st"), hash, T,
            T.plus(Duration.ofDays(7)), Optional.empty()),
        new PendingConfirmation(new ConfirmationId("pc-2"), ACME, 1, new ContactId("c-ü"), new SubscriptionTypeId("st"), hash, T,
            T.plusNanos(1), Optional.of(T.plusNanos(1)))));
  }

  @Test
  @DisplayName("global suppressions of every entry kind")
  void globalSuppressions() {
    assertRoundTrip(GlobalSuppression.TYPE, List.of(
        new GlobalSuppression(new SuppressionId("g-1"), ACME, 0, SuppressionEntry.email("a@b.example"), "hard bounce", T),
        new GlobalSuppression(new SuppressionId("g-2"), ACME, 3, SuppressionEntry.domain("example.org"), AWKWARD, Instant.EPOCH),
        new GlobalSuppression(new SuppressionId("g-3"), ACME, 0, SuppressionEntry.id("contact-日本"), "erasure request", T)));
  }

  @Test
  @DisplayName("enrolments: active and exited, with history, sends, engagement and trigger signals, fixed-offset and region zones")
  void enrolments() {
    StepId welcome = new StepId("welcome");
    StepId wait = new StepId("wait-3d");
    Enrolment fresh = new Enrolment(new EnrolmentId("e-1"), ACME, 0, new JourneyId("j-1"), new ContactId("c-1"), ZoneId.of("Europe/Berlin"),
        T, EnrolmentStatus.ACTIVE, welcome, T, Optional.empty(), "", List.of(), List.of(), List.of());
    Enrolment exited = new Enrolment(new EnrolmentId("e-2"), ACME, 9, new JourneyId("j-1"), new ContactId("c-ü"), ZoneId.of("+05:30"),
        T, EnrolmentStatus.EXITED, wait, T.plusSeconds(60), Optional.of(T.plusSeconds(3600)), "1/2.0",
        List.of(new HistoryEntry(T, Optional.empty(), Optional.of(welcome), "entered: " + AWKWARD),
            new HistoryEntry(T.plusSeconds(60), Optional.of(welcome), Optional.of(wait), "sent"),
            new HistoryEntry(T.plusSeconds(3600), Optional.of(wait), Optional.empty(), "goal reached")),
        List.of(new SentMessage(new MessageId("m-1"), welcome, T.plusSeconds(60))),
        List.of(RecordedSignal.engagement(new MessageId("m-1"), EngagementKind.values()[0], T.plusSeconds(90)),
            RecordedSignal.trigger("webhook:購入", T.plusSeconds(100))));
    assertRoundTrip(Enrolment.TYPE, List.of(fresh, exited));
  }
}
