package io.crmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.query.Criteria;
import io.crmkit.examples.integration.CampaignMembership;
import io.crmkit.marketing.campaign.CampaignLifecycle;
import io.crmkit.marketing.campaign.InfluenceShare;
import io.crmkit.marketing.channel.EngagementKind;
import io.crmkit.marketing.channel.OutboundMessage;
import io.crmkit.marketing.imports.LineOutcome;
import io.crmkit.marketing.journey.EnrolmentStatus;
import io.crmkit.marketing.schedule.DroppedSend;
import io.crmkit.marketing.schedule.PlannedSend;
import io.crmkit.marketing.schedule.SendOutcome;
import io.crmkit.marketing.simulation.SimulatedSend;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The marketing chapter tells a true story: what it prints is what the store, the planner, the worker and the
 * simulator decided, whatever the start — winter (the spring clock change), summer (the autumn one), and a start
 * days before a change (the story moves to the next).
 */
class MarketingTourTest {
  static final TenantId TENANT = TenantId.of("t1");

  record Run(MarketingTour.Outcome outcome, String text) {}

  static Run run(String start, String zone) {
    StringWriter text = new StringWriter();
    MarketingTour.Outcome outcome = new MarketingTour(Instant.parse(start), TENANT, ZoneId.of(zone), new PrintWriter(text)).run();
    return new Run(outcome, text.toString());
  }

  static Map<String, Contact> byId(MarketingTour.Outcome o) {
    return o.store().repository(Contact.TYPE).query(Criteria.all()).stream()
        .collect(Collectors.toMap(c -> c.id().value(), Function.identity()));
  }

  static String email(MarketingTour.Outcome o, String contactId) {
    return byId(o).get(contactId).primaryEmail().orElseThrow();
  }

  @Test
  void theListIsImportedOnceAndTheSecondImportOnlyUpdates() {
    MarketingTour.Outcome o = run("2026-01-15T10:00:00Z", "Europe/Berlin").outcome();
    assertThat(o.firstImport().created()).isEqualTo(7);
    assertThat(o.firstImport().problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(9);
      assertThat(p.column()).isEqualTo("Lat");
      assertThat(p.problem()).contains("fifty-two");
    });
    assertThat(o.secondImport().created()).isZero();
    assertThat(o.secondImport().outcomes()).extracting(LineOutcome::action).containsOnly(LineOutcome.Action.UPDATED,
        LineOutcome.Action.UNCHANGED);
    assertThat(o.secondImport().updated()).isEqualTo(1);
    List<Contact> all = o.store().repository(Contact.TYPE).query(Criteria.all());
    // seven from the list and the contact the converted lead became; no e-mail twice
    assertThat(all).hasSize(8);
    assertThat(all.stream().map(c -> c.primaryEmail().orElseThrow()).distinct()).hasSize(8);
  }

  @Test
  void segmentsConsentAndTheCampaignLifecycleAreAsPrinted() {
    Run r = run("2026-01-15T10:00:00Z", "Europe/Berlin");
    MarketingTour.Outcome o = r.outcome();
    assertThat(o.nearBerlin().members()).extracting(id -> email(o, id)).containsExactlyInAnyOrder("ada.weiss@example.de", "marta@example.pl");
    assertThat(o.subscribers().members()).hasSize(6).extracting(id -> email(o, id)).doesNotContain("lukas@example.de");
    assertThat(o.tamperedLink().getMessage()).contains("not a genuine unsubscribe token");
    assertThat(o.lifecycleRefusal().from()).isEqualTo(CampaignLifecycle.DRAFT);
    assertThat(o.lifecycleRefusal().event()).isEqualTo(CampaignLifecycle.SCHEDULE);
    assertThat(o.campaign().status()).isEqualTo(CampaignLifecycle.COMPLETED);
    assertThat(r.text()).contains(o.tamperedLink().getMessage(), o.lifecycleRefusal().reason());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-01-15T10:00:00Z", "2026-07-01T09:00:00Z", "2026-03-25T10:00:00Z"})
  void quietHoursDeferTheCapDropsAndTheTipsKeepTheirLocalTimeAcrossTheChange(String start) {
    MarketingTour.Outcome o = run(start, "UTC").outcome();
    ZoneId home = MarketingTour.HOME_ZONE;
    LocalDate dst = o.dstDay();
    assertThat(dst).isAfterOrEqualTo(LocalDate.ofInstant(Instant.parse(start), home).plusDays(7));
    assertThat(home.getRules().getOffset(dst.minusDays(1).atTime(12, 0))).isNotEqualTo(home.getRules().getOffset(dst.plusDays(1).atTime(12, 0)));
    Map<String, Contact> people = byId(o);
    Function<PlannedSend, ZoneId> zoneOf = p -> zoneOf(people.get(p.recipient().id()));

    List<PlannedSend> newsletters = o.plan().planned().stream().filter(p -> p.stepId().equals("newsletter")).toList();
    assertThat(newsletters).hasSize(o.subscribers().members().size()).allSatisfy(p -> {
      assertThat(p.deferred()).as("deferred, not dropped").isTrue();
      assertThat(p.at().atZone(zoneOf.apply(p)).toLocalTime()).isEqualTo(LocalTime.of(8, 0));
    });
    assertThat(o.plan().dropped()).hasSize(o.subscribers().members().size()).allSatisfy(d -> {
      assertThat(d.reason()).isEqualTo(DroppedSend.Reason.FREQUENCY_CAP);
      assertThat(d.stepId()).isEqualTo("brew-tip");
    });
    List<PlannedSend> tips = o.plan().planned().stream().filter(p -> p.stepId().equals("brew-tip")).toList();
    assertThat(tips).hasSize(2 * o.subscribers().members().size())
        .allSatisfy(p -> assertThat(p.at().atZone(zoneOf.apply(p)).toLocalTime()).isEqualTo(LocalTime.of(9, 30)));
    // at most one e-mail per recipient and local calendar day, and no fire planned twice
    Set<String> days = new HashSet<>();
    for (PlannedSend p : o.plan().planned()) {
      assertThat(days.add(p.recipient() + " " + p.at().atZone(zoneOf.apply(p)).toLocalDate())).isTrue();
    }
    assertThat(o.plan().planned()).extracting(PlannedSend::key).doesNotHaveDuplicates();
    assertThat(o.replannedEnqueued()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-01-15T10:00:00Z", "2026-07-01T09:00:00Z"})
  void theWorkerSendsEveryAllowedJobOnceAndSuppressesTheRestAtSendTime(String start) {
    MarketingTour.Outcome o = run(start, "Europe/Berlin").outcome();
    List<SendOutcome> outcomes = o.outcomes();
    assertThat(outcomes).extracting(SendOutcome::key).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(o.plan().planned().stream().map(PlannedSend::key).toList());
    List<SendOutcome.Sent> sent = outcomes.stream().filter(SendOutcome.Sent.class::isInstance).map(SendOutcome.Sent.class::cast).toList();
    assertThat(o.recorded()).extracting(m -> m.id().value()).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(sent.stream().map(s -> s.key().value()).toList());
    // the crash: one delivery more than messages, the repeat with the same id, sent on the second attempt
    assertThat(o.deliveries()).hasSize(o.recorded().size() + 1);
    assertThat(o.deliveries().stream().map(m -> m.id().value()).distinct()).hasSize(o.recorded().size());
    assertThat(sent).filteredOn(s -> s.attempt() == 2).singleElement()
        .satisfies(s -> assertThat(s.key().value()).isEqualTo(o.deliveries().get(0).id().value()));
    // the withdrawn and the bounced recipients are suppressed at send time, with the reason
    List<SendOutcome.Suppressed> suppressed = outcomes.stream().filter(SendOutcome.Suppressed.class::isInstance)
        .map(SendOutcome.Suppressed.class::cast).toList();
    Map<String, List<String>> reasonsByAddress = suppressed.stream().collect(Collectors.groupingBy(
        s -> email(o, s.key().value().split("\\|")[1].substring("contact:".length())),
        Collectors.mapping(SendOutcome.Suppressed::reason, Collectors.toList())));
    assertThat(reasonsByAddress.get("dana@example.com")).hasSize(3).allSatisfy(r -> assertThat(r).contains("WITHDRAWN"));
    assertThat(reasonsByAddress.get("ana@bounce.example")).hasSize(2).allSatisfy(r -> assertThat(r).contains("globally suppressed by"));
    assertThat(reasonsByAddress).containsOnlyKeys("dana@example.com", "ana@bounce.example");
    assertThat(outcomes).filteredOn(SendOutcome.Failed.class::isInstance).isEmpty();
    assertThat(o.recorded()).allSatisfy(m -> assertThat(m).isInstanceOf(OutboundMessage.Email.class));
  }

  @Test
  void engagementMovesMembersOnceAndTheCampaignResultsAddUp() {
    MarketingTour.Outcome o = run("2026-01-15T10:00:00Z", "Europe/Berlin").outcome();
    Map<String, CampaignMembership> members = o.memberships().stream()
        .collect(Collectors.toMap(m -> m.party().toString(), Function.identity()));
    Map<String, String> statusByEmail = o.memberships().stream().filter(m -> m.party().type().equals("contact"))
        .collect(Collectors.toMap(m -> email(o, m.party().id()), m -> m.member().status()));
    assertThat(statusByEmail).containsEntry("ada.weiss@example.de", "Clicked").containsEntry("marta@example.pl", "Opened")
        .containsEntry("kenji@example.jp", "Opened").containsEntry("ana@bounce.example", "Bounced")
        .containsEntry("zoe@example.ie", "Sent").containsEntry("dana@example.com", "Sent");
    // the first event was delivered twice: its member's history has one entry for it
    var first = o.engagements().get(0);
    assertThat(members.get("contact:" + first.contact().value()).history()).filteredOn(h -> h.reason().startsWith("opened")).hasSize(1);
    assertThat(o.engagements()).extracting(e -> e.kind()).contains(EngagementKind.BOUNCED_HARD, EngagementKind.CLICKED);

    // the lead's contact carries the lead's status and first response; the lead is not counted twice
    var contact = o.conversion().contact().ref();
    CampaignMembership carried = members.get(contact.toString());
    CampaignMembership ofLead = members.get(o.conversion().lead().ref().toString());
    assertThat(carried.member().status()).isEqualTo(ofLead.member().status()).isEqualTo("Clicked");
    assertThat(carried.member().firstRespondedAt()).isEqualTo(ofLead.member().firstRespondedAt());
    assertThat(carried.convertedFrom()).contains(o.conversion().lead().ref());
    long countable = o.memberships().size() - 1;
    long responded = o.memberships().stream().filter(m -> !m.party().equals(o.conversion().lead().ref()))
        .filter(m -> m.member().hasResponded()).count();
    assertThat(o.totals().members()).isEqualTo(countable);
    assertThat(o.totals().responses()).isEqualTo(responded);
    BigDecimal won = o.totals().wonRevenue().amount();
    BigDecimal cost = o.totals().actualCost().amount();
    assertThat(o.totals().roi()).hasValueSatisfying(roi -> assertThat(roi.setScale(4, RoundingMode.HALF_UP))
        .isEqualByComparingTo(won.subtract(cost).divide(cost, 4, RoundingMode.HALF_UP)));
    assertThat(o.shares().stream().map(InfluenceShare::amount).map(m -> m.amount()).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(won);
  }

  @Test
  void theAbTestHasAWinnerAndTheJourneyIsSimulatedWithEverySendExplained() {
    Run r = run("2026-01-15T10:00:00Z", "Europe/Berlin");
    MarketingTour.Outcome o = r.outcome();
    assertThat(o.abOutcome().winner()).hasValueSatisfying(v -> assertThat(v.key()).isEqualTo("beans"));
    assertThat(o.simulation().sends()).isNotEmpty().allSatisfy((SimulatedSend s) -> {
      assertThat(s.reason()).startsWith("journey 'Coffee club onboarding', step '" + s.step().value() + "'");
      assertThat(r.text()).contains(s.reason());
    });
    assertThat(o.simulation().sends()).extracting(SimulatedSend::messageId).doesNotHaveDuplicates();
    assertThat(o.simulation().enrolments().values()).allSatisfy(e -> assertThat(e.status()).isEqualTo(EnrolmentStatus.EXITED));
    assertThat(o.simulation().enrolments().values()).anySatisfy(e -> assertThat(e.position()).contains("goal 'ordered' reached"));
  }

  @Test
  void theSameStartPrintsTheSameText() {
    assertThat(run("2026-01-15T10:00:00Z", "Asia/Tokyo").text()).isEqualTo(run("2026-01-15T10:00:00Z", "Asia/Tokyo").text());
  }

  static ZoneId zoneOf(Contact c) {
    return c.customFields().get("zone").map(v -> ZoneId.of(((io.crmkit.core.field.FieldValue.TextValue) v).value())).orElseThrow();
  }
}
