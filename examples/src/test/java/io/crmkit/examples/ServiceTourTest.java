package io.crmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.service.cases.Case;
import io.crmkit.service.cases.CaseLifecycle;
import io.crmkit.service.cases.CasePriority;
import io.crmkit.service.intake.IntakeDecision;
import io.crmkit.service.ivr.CallOutcome;
import io.crmkit.service.sla.SlaAlert;
import io.crmkit.service.sla.SlaClockReading;
import io.crmkit.service.sla.SlaMetric;
import io.crmkit.service.sla.SlaState;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The service chapter tells a true story: what it prints is what the store and the library computed, whatever day
 * it starts on — a Thursday in winter, a Friday before the spring clock change (the day is the Monday after it),
 * and a Saturday in autumn.
 */
class ServiceTourTest {
  static final TenantId TENANT = TenantId.of("t1");

  record Run(ServiceTour.Outcome outcome, String text) {}

  static Run run(String start, String zone) {
    StringWriter text = new StringWriter();
    ServiceTour.Outcome outcome = new ServiceTour(Instant.parse(start), TENANT, ZoneId.of(zone), new PrintWriter(text)).run();
    return new Run(outcome, text.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-01-15T10:00:00Z", "2026-03-27T16:00:00Z", "2026-10-24T09:00:00Z"})
  void theDayIsTheNextWorkingDayAndEachMessageIsDecidedAsTold(String start) {
    Run r = run(start, "UTC");
    ServiceTour.Outcome o = r.outcome();
    assertThat(o.day()).isAfter(LocalDate.ofInstant(Instant.parse(start), ServiceTour.OFFICE_ZONE));
    assertThat(List.of(o.day().getDayOfWeek(), o.nextDay().getDayOfWeek())).doesNotContain(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    assertThat(o.intake()).extracting(i -> i.decision().getClass().getSimpleName())
        .containsExactly("NewCase", "Ignored", "NewCase", "Reply", "NewCase", "Reply");
    assertThat(((IntakeDecision.Ignored) o.intake().get(1).decision()).cause()).isEqualTo(IntakeDecision.Ignored.Cause.AUTO_REPLY);
    Case vpn = o.vpnCase();
    assertThat(((IntakeDecision.Reply) o.intake().get(3).decision()).caseId()).isEqualTo(vpn.id());
    IntakeDecision.Reply reopening = (IntakeDecision.Reply) o.intake().get(5).decision();
    assertThat(reopening.caseId()).isEqualTo(vpn.id());
    assertThat(reopening.reopened()).isTrue();
    assertThat(vpn.statusChanges()).extracting(c -> c.to())
        .containsExactly("new", "open", "pending_customer", "open", "solved");
    for (var i : o.intake()) {
      assertThat(r.text()).contains(i.decision().explain());
    }
    // the customers' mails are public replies with their channel; the auto-reply left no trace
    assertThat(vpn.publicReplies()).filteredOn(c -> c.channel().isPresent()).extracting(c -> c.author())
        .containsOnly("ada.weber@nordwind.example").hasSize(2);
    assertThat(o.store().repository(Case.TYPE).query(io.crmkit.core.query.Criteria.all())).hasSize(3);
  }

  @Test
  void thePhoneCaseWalkedTheMenuToTheNetworkQueueAndWasMergedIntoTheMailedOne() {
    ServiceTour.Outcome o = run("2026-01-15T10:00:00Z", "Europe/Berlin").outcome();
    CallOutcome call = o.calls().get(0);
    assertThat(call.kind()).isEqualTo(CallOutcome.Kind.QUEUED);
    assertThat(call.queue()).contains("network");
    assertThat(call.path()).containsExactly("main", "network-menu", "vpn");
    assertThat(o.calls().get(1).kind()).isEqualTo(CallOutcome.Kind.ANSWERED);

    Case phone = o.store().repository(Case.TYPE).get(o.merge().merged().get(0).id());
    assertThat(phone.isMerged()).isTrue();
    assertThat(phone.status()).isEqualTo(CaseLifecycle.CLOSED);
    assertThat(phone.mergedInto().orElseThrow().survivor()).isEqualTo(o.vpnCase().id());
    assertThat(o.vpnCase().comments()).anySatisfy(c -> assertThat(c.originalCase()).contains(phone.id()));
    assertThat(o.vpnCase().mergedCases()).isNotEmpty();
  }

  @Test
  void routingRelaxedTheOptionalSkillAfterTheWaitAndRoundRobinSkippedTheAbsentAgent() {
    ServiceTour.Outcome o = run("2026-01-15T10:00:00Z", "UTC").outcome();
    assertThat(o.skillsFirstTry().routed()).isFalse();
    assertThat(o.skillsFirstTry().reconsiderAt()).contains(o.vpnCase().createdAt().plus(Duration.ofHours(1)));
    assertThat(o.skillsRelaxed().agentId()).contains("mira");
    assertThat(o.skillsRelaxed().reason()).contains("optional skills dropped");
    assertThat(o.roundRobin().decision().agentId()).contains("jan");
    assertThat(o.roundRobin().decision().candidate("lina").orElseThrow().eligible()).isFalse();
    assertThat(o.vpnCase().owner()).contains(Owner.user("mira"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-01-15T10:00:00Z", "2026-03-27T16:00:00Z"})
  void slaAlertsAreRaisedOnceAndTheEveningCloseMovesTheDueInstantToTheNextWorkingDay(String start) {
    Run r = run(start, "Europe/Berlin");
    ServiceTour.Outcome o = r.outcome();
    assertThat(o.alerts()).extracting(SlaAlert::metric, SlaAlert::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple(SlaMetric.FIRST_RESPONSE, SlaAlert.Kind.WARNING),
        org.assertj.core.groups.Tuple.tuple(SlaMetric.FIRST_RESPONSE, SlaAlert.Kind.BREACHED),
        org.assertj.core.groups.Tuple.tuple(SlaMetric.RESOLUTION, SlaAlert.Kind.WARNING));
    assertThat(new HashSet<>(o.alerts().stream().map(SlaAlert::key).toList())).hasSize(o.alerts().size());
    for (SlaAlert a : o.alerts()) {
      assertThat(r.text()).containsOnlyOnce("key " + a.key());
    }
    SlaClockReading evening = o.evening().current(SlaMetric.RESOLUTION).orElseThrow();
    assertThat(evening.state()).isEqualTo(SlaState.RUNNING);
    assertThat(evening.paused()).isEqualTo(Duration.ofHours(3));          // pending the customer 10:00-13:00
    Instant due = evening.due().orElseThrow();
    assertThat(LocalDate.ofInstant(due, ServiceTour.OFFICE_ZONE)).isEqualTo(o.nextDay());
    assertThat(o.office().diff(o.evening().at(), due)).isEqualTo(evening.remaining());
    assertThat(Duration.between(o.evening().at(), due)).isGreaterThan(evening.remaining().plus(Duration.ofHours(12)));
    SlaClockReading solved = o.finalClocks().current(SlaMetric.RESOLUTION).orElseThrow();
    assertThat(solved.state()).isEqualTo(SlaState.MET);
    assertThat(o.finalClocks().current(SlaMetric.FIRST_RESPONSE).orElseThrow().state()).isEqualTo(SlaState.BREACHED);
  }

  @Test
  void theBillingCaseEscalatesInBusinessHoursEachTierOnceAndTheHostAppliesTheActions() {
    ServiceTour.Outcome o = run("2026-01-15T10:00:00Z", "UTC").outcome();
    assertThat(o.escalations()).extracting(e -> e.tier()).containsExactly("team-lead", "tier-2");
    assertThat(o.escalations()).allSatisfy(e -> {
      assertThat(e.caseId()).isEqualTo(o.billingCase().id());
      assertThat(o.office().diff(o.billingCase().createdAt(), e.occurredAt())).isEqualTo(e.age());
    });
    assertThat(o.escalations().get(0).age()).isGreaterThanOrEqualTo(Duration.ofHours(4)).isLessThan(Duration.ofHours(8));
    assertThat(o.billingCase().owner()).contains(Owner.team("tier-2"));
    assertThat(o.billingCase().priority()).isEqualTo(CasePriority.HIGH);
  }

  @Test
  void theSameStartPrintsTheSameStory() {
    assertThat(run("2026-01-15T10:00:00Z", "Europe/Berlin").text()).isEqualTo(run("2026-01-15T10:00:00Z", "Europe/Berlin").text());
  }
}
