package io.crmkit.marketing.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.consent.ConsentLedger;
import io.crmkit.core.json.CrmJson;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.score.ScoreRange;
import io.crmkit.core.score.Scores;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.marketing.campaign.Campaign;
import io.crmkit.marketing.campaign.CampaignId;
import io.crmkit.marketing.campaign.CampaignType;
import io.crmkit.marketing.campaign.MemberStatus;
import io.crmkit.marketing.campaign.MemberStatuses;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Scores and campaign history as segment conditions, alone, combined and negated. */
class ScoreAndCampaignConditionsTest {
  static final TenantId TENANT = TenantId.of("acme");
  final SegmentsTest.MutableClock clock = new SegmentsTest.MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
  final TenantStore store = InMemoryStore.create().forTenant(TENANT);
  final Repository<Campaign, CampaignId> campaigns = store.repository(Campaign.TYPE);
  final Scores scores = Scores.of(store, clock);
  final Segments segments = new Segments(store, ConsentLedger.of(store, clock), clock, IdGenerator.uuidV7(clock));
  Contact ada;
  Contact bob;
  Contact zoe;

  @BeforeEach
  void population() {
    Repository<Contact, ContactId> contacts = store.repository(Contact.TYPE);
    ada = contacts.insert(contact("ada", "Ada", "Lovelace"));
    bob = contacts.insert(contact("bob", "Bob", "Smith"));
    zoe = contacts.insert(contact("zoë", "Zoë", "山田"));
  }

  @Test
  void readmeScoresAndCampaigns() {
    Campaign webinar = campaigns.insert(Campaign.draft(new CampaignId("webinar"), TENANT, "Launch webinar", CampaignType.WEBINAR,
            Money.currency("EUR"))
        .withStartDate(LocalDate.parse("2026-02-20")));
    // readme:begin
    scores.record(ada.ref(), "lead-fit", 82, Optional.of("A"), List.of("+30 industry is software", "+25 visited pricing"));
    scores.record(bob.ref(), "lead-fit", 35, Optional.of("C"), List.of("-20 free-mail address"));

    Campaign attended = webinar.withMember(webinar.changeStatus(webinar.addMember(ada.ref(), clock.instant()), "Responded", clock.instant()))
        .withMember(webinar.addMember(bob.ref(), clock.instant()));
    campaigns.update(attended);

    SegmentCondition warm = SegmentCondition.allOf(
        SegmentCondition.score("lead-fit", ScoreRange.atLeast(70)),                        // the latest lead-fit score
        SegmentCondition.memberOfCampaignType(CampaignType.WEBINAR, LocalDate.parse("2026-01-01")),
        SegmentCondition.not(SegmentCondition.campaignMember(attended.id(), "Sent")));     // not only sent an invite
    List<String> members = segments.members(segments.create("Warm webinar leads", SegmentTarget.CONTACTS, warm).id());  // [ada]
    // readme:end
    assertThat(members).containsExactly("ada");
    assertThat(segments.members(segment(SegmentCondition.respondedTo(attended.id())), clock.instant())).containsExactly("ada");
    assertThat(segments.members(segment(SegmentCondition.not(SegmentCondition.respondedTo(attended.id()))), clock.instant()))
        .containsExactly("bob", "zoë");
  }

  @Test
  void readmeShowsThisTestsCode() throws IOException {
    ReadmeSnippets.assertReadmeShows("src/test/java/io/crmkit/marketing/segment/ScoreAndCampaignConditionsTest.java");
  }

  @Test
  @DisplayName("the latest score at the evaluation instant counts; unscored contacts match only under not")
  void scores() {
    Instant first = clock.instant();
    scores.record(ada.ref(), "churn-risk", 0.9, Optional.of("high"), List.of("no order for 200 days"));
    scores.record(bob.ref(), "churn-risk", 0.2, Optional.empty(), List.of());
    clock.advance(Duration.ofDays(2));
    scores.record(ada.ref(), "churn-risk", 0.1, Optional.of("low"), List.of("ordered yesterday"));
    scores.record(zoe.ref(), "lead-fit", 0.95, Optional.empty(), List.of());
    Segment risky = segment(SegmentCondition.score("churn-risk", ScoreRange.atLeast(0.5)));
    Segment notRisky = segment(SegmentCondition.not(SegmentCondition.score("churn-risk", ScoreRange.atLeast(0.5))));
    Segment low = segment(SegmentCondition.score("churn-risk", ScoreRange.below(0.5)));

    assertThat(segments.members(risky, first)).containsExactly("ada");
    assertThat(segments.members(risky, clock.instant())).isEmpty();
    assertThat(segments.members(low, clock.instant())).containsExactly("ada", "bob");
    assertThat(segments.members(notRisky, clock.instant())).containsExactly("ada", "bob", "zoë");
    assertThat(segments.members(segment(SegmentCondition.score("churn-risk", ScoreRange.any())), clock.instant())).containsExactly("ada", "bob");
    assertThat(segments.compile(risky, first).notes()).singleElement().asString().contains("churn-risk").contains("1 of 2 scored");
  }

  @Test
  @DisplayName("campaign membership by status, responses up to the evaluation instant, and campaigns of a type since a date")
  void campaigns() {
    Campaign seminar = Campaign.draft(new CampaignId("sem"), TENANT, "Roadshow", CampaignType.SEMINAR_CONFERENCE, Money.currency("EUR"))
        .withMemberStatuses(new MemberStatuses(List.of(
            new MemberStatus("Invited", true, false), new MemberStatus("Registered", false, false), new MemberStatus("Attended", false, true))))
        .withStartDate(LocalDate.parse("2025-11-03")).withEndDate(LocalDate.parse("2026-01-15"));
    Instant t = clock.instant();
    seminar = seminar.withMember(seminar.changeStatus(seminar.addMember(ada.ref(), t), "Attended", t.plusSeconds(60)))
        .withMember(seminar.changeStatus(seminar.addMember(bob.ref(), t), "registered", t))
        .withMember(seminar.addMember(new RecordRef("lead", "zoë"), t));
    Campaign old = Campaign.draft(new CampaignId("old"), TENANT, "Old roadshow", CampaignType.SEMINAR_CONFERENCE, Money.currency("EUR"))
        .withStartDate(LocalDate.parse("2025-03-01"));
    old = old.withMember(old.addMember(zoe.ref(), t));
    Campaign undated = Campaign.draft(new CampaignId("undated"), TENANT, "Someday", CampaignType.SEMINAR_CONFERENCE, Money.currency("EUR"));
    undated = undated.withMember(undated.addMember(zoe.ref(), t));
    campaigns.insertAll(List.of(seminar, old, undated));

    assertThat(segments.members(segment(SegmentCondition.campaignMember(seminar.id())), t)).containsExactly("ada", "bob");
    assertThat(segments.members(segment(SegmentCondition.campaignMember(seminar.id(), "ATTENDED", "Invited")), t)).containsExactly("ada");
    assertThat(segments.members(segment(SegmentCondition.respondedTo(seminar.id())), t)).isEmpty();
    assertThat(segments.members(segment(SegmentCondition.respondedTo(seminar.id())), t.plusSeconds(60))).containsExactly("ada");
    assertThat(segments.members(segment(SegmentCondition.memberOfCampaignType(CampaignType.SEMINAR_CONFERENCE, LocalDate.parse("2026-01-15"))), t))
        .containsExactly("ada", "bob");
    assertThat(segments.members(segment(SegmentCondition.memberOfCampaignType(CampaignType.SEMINAR_CONFERENCE, LocalDate.parse("2025-01-01"))), t))
        .containsExactly("ada", "bob", "zoë");
    assertThat(segments.members(segment(SegmentCondition.memberOfCampaignType(CampaignType.WEBINAR, LocalDate.parse("2000-01-01"))), t)).isEmpty();
    assertThat(segments.members(segment(SegmentCondition.not(SegmentCondition.campaignMember(seminar.id()))), t)).containsExactly("zoë");
    assertThat(campaigns.query(io.crmkit.core.query.Criteria.eq(Campaign.MEMBER, zoe.ref().toString())))
        .extracting(Campaign::id).containsExactlyInAnyOrder(old.id(), undated.id());
  }

  @Test
  @DisplayName("unknown campaigns and statuses, and campaign conditions on account segments, are refused with the reason")
  void refusals() {
    Campaign c = campaigns.insert(Campaign.draft(new CampaignId("c"), TENANT, "C", CampaignType.EMAIL, Money.currency("EUR")));
    assertThatThrownBy(() -> segments.compile(segment(SegmentCondition.campaignMember(new CampaignId("nope"))), clock.instant()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> segments.compile(segment(SegmentCondition.campaignMember(c.id(), "Attended")), clock.instant()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("Attended").hasMessageContaining("statuses");
    Segment accounts = Segment.of(new SegmentId("a"), TENANT, "accounts", SegmentTarget.ACCOUNTS, SegmentCondition.respondedTo(c.id()),
        clock.instant());
    assertThatThrownBy(() -> segments.compile(accounts, clock.instant()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("ACCOUNTS");
    assertThatThrownBy(() -> SegmentCondition.score("Lead Fit", ScoreRange.any())).isInstanceOf(ValidationException.class).hasMessageContaining("model");
    assertThatThrownBy(() -> SegmentCondition.campaignMember(c.id(), " ")).isInstanceOf(ValidationException.class).hasMessageContaining("statuses");
    assertThatThrownBy(() -> SegmentCondition.campaignMember(c.id(), (String) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new ScoreRange(Optional.of(5.0), true, Optional.of(1.0), true)).isInstanceOf(ValidationException.class);
  }

  @Test
  @DisplayName("a campaign holds each record once, with statuses it offers, of its own id and tenant")
  void campaignMembers() {
    Campaign c = Campaign.draft(new CampaignId("c"), TENANT, "C", CampaignType.EMAIL, Money.currency("EUR"));
    Campaign other = Campaign.draft(new CampaignId("o"), TENANT, "O", CampaignType.EMAIL, Money.currency("EUR"));
    Campaign withAda = c.withMember(c.addMember(ada.ref(), clock.instant()));
    Campaign responded = withAda.withMember(withAda.changeStatus(withAda.member(ada.ref()).orElseThrow(), "Responded", clock.instant()));
    assertThat(responded.members()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo("Responded"));
    assertThat(responded.withoutMember(ada.ref()).members()).isEmpty();
    assertThat(CrmJson.read(CrmJson.write(responded), Campaign.class)).isEqualTo(responded);
    assertThat(CrmJson.read(CrmJson.write(c), Campaign.class).members()).isEmpty();
    assertThatThrownBy(() -> c.withMember(other.addMember(ada.ref(), clock.instant())))
        .isInstanceOf(ValidationException.class).hasMessageContaining("members[0]");
    assertThatThrownBy(() -> responded.withMemberStatuses(new MemberStatuses(List.of(
            new MemberStatus("Sent", true, false), new MemberStatus("Clicked", false, true)))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("Responded");
  }

  private Segment segment(SegmentCondition c) {
    return Segment.of(new SegmentId("s"), TENANT, "test", SegmentTarget.CONTACTS, c, clock.instant());
  }

  private Contact contact(String id, String given, String family) {
    return Contact.builder(new ContactId(id), TENANT).name(PersonName.of(given, family)).owner(Owner.user("u-1")).timestamps(clock).build();
  }
}
