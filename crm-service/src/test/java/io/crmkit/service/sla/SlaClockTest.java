package io.crmkit.service.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.service.calendar.BusinessCalendar;
import io.crmkit.service.calendar.CalendarVersion;
import io.crmkit.service.cases.CaseId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SlaClockTest {
  static final TenantId ACME = TenantId.of("acme");
  static final Instant MON_0800Z = Instant.parse("2026-03-09T08:00:00Z");   // 09:00 in Berlin
  static final BusinessCalendar OFFICE = BusinessCalendar.of(ACME, "office",
      CalendarVersion.builder(ZoneId.of("Europe/Berlin"), Instant.parse("2020-01-01T00:00:00Z")).weekdays("09:00", "17:00").build());
  static final Set<String> PAUSE = Set.of("pending_customer", "on_hold");
  static final Set<String> STOP = Set.of("solved", "closed");

  static SlaPolicyVersion version(Instant from, ReopenRule reopen, Duration resolution) {
    return new SlaPolicyVersion(from, List.of(
        SlaTarget.of(SlaMetric.FIRST_RESPONSE, Duration.ofHours(1)).onCalendar("office"),
        SlaTarget.of(SlaMetric.NEXT_RESPONSE, Duration.ofHours(2)).onCalendar("office"),
        SlaTarget.of(SlaMetric.RESOLUTION, resolution).forPriority("high").onCalendar("office"),
        SlaTarget.of(SlaMetric.RESOLUTION, Duration.ofHours(40)).onCalendar("office")), PAUSE, STOP, reopen, 75);
  }

  static SlaClock clock(SlaPolicyVersion... versions) {
    return SlaClock.of(SlaPolicy.of(ACME, "standard", List.of(versions)), SlaCalendars.of(ACME, List.of(OFFICE)),
        Clock.fixed(MON_0800Z.plus(Duration.ofHours(8)), ZoneOffset.UTC));
  }

  static SlaTimeline timeline(SlaEvent... events) {
    return new SlaTimeline(ACME, new CaseId("c-1"), "high", "incident", "gold", MON_0800Z, "new", List.of(events));
  }

  static Instant h(double hours) {
    return MON_0800Z.plusSeconds((long) (hours * 3600));
  }

  @Nested
  @DisplayName("a Monday in the office")
  class Monday {
    SlaClock clock = clock(version(Instant.parse("2020-01-01T00:00:00Z"), ReopenRule.RESUME, Duration.ofHours(8)));
    SlaTimeline day = timeline(
        new SlaEvent.AgentReplied(h(0.5)),
        new SlaEvent.StatusChanged(h(1), "pending_customer"),
        new SlaEvent.CustomerReplied(h(5)),
        new SlaEvent.StatusChanged(h(5), "open"));

    @Test
    void resolutionCountsElapsedMinusPausedAndIsDueOnTuesday() {
      SlaClockReading res = clock.read(day).current(SlaMetric.RESOLUTION).orElseThrow();
      assertThat(res.state()).isEqualTo(SlaState.RUNNING);
      assertThat(res.elapsed()).isEqualTo(Duration.ofHours(8));
      assertThat(res.paused()).isEqualTo(Duration.ofHours(4));
      assertThat(res.actual()).isEqualTo(Duration.ofHours(4));
      assertThat(res.remaining()).isEqualTo(Duration.ofHours(4));
      assertThat(res.due()).contains(Instant.parse("2026-03-10T12:00:00Z"));   // Tuesday 13:00 Berlin
    }

    @Test
    void firstResponseIsMetAndNextResponseBreachedAfterTwoHours() {
      SlaEvaluation e = clock.read(day);
      assertThat(e.current(SlaMetric.FIRST_RESPONSE).orElseThrow().state()).isEqualTo(SlaState.MET);
      SlaClockReading next = e.current(SlaMetric.NEXT_RESPONSE).orElseThrow();
      assertThat(next.state()).isEqualTo(SlaState.BREACHED);
      assertThat(next.warnedAt()).contains(h(6.5));
      assertThat(next.breachedAt()).contains(h(7));
    }

    @Test
    void alertsAreRaisedExactlyOnce() {
      SlaAlerts.Due first = SlaAlerts.due(clock.read(day), Set.of());
      assertThat(first.alerts()).extracting(SlaAlert::kind).containsExactly(SlaAlert.Kind.WARNING, SlaAlert.Kind.BREACHED);
      assertThat(first.alerts()).extracting(SlaAlert::key).containsExactly("c-1/NEXT_RESPONSE/0/WARNING", "c-1/NEXT_RESPONSE/0/BREACHED");
      assertThat(SlaAlerts.due(clock.read(day), first.raised()).alerts()).isEmpty();
    }

    @Test
    void theQueueForecastNamesTheClockDueWithinTheHorizon() {
      SlaEvaluation e = clock.readAt(day, h(5.5));
      assertThat(SlaBreachForecast.within(List.of(e), OFFICE, h(5.5), Duration.ofHours(2)))
          .extracting(SlaBreachForecast.PredictedBreach::metric, SlaBreachForecast.PredictedBreach::due)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(SlaMetric.NEXT_RESPONSE, h(7)));
      assertThat(SlaBreachForecast.within(List.of(e), OFFICE, h(5.5), Duration.ofHours(1))).isEmpty();
    }
  }

  @Nested
  @DisplayName("policy versions and reopen")
  class Versions {
    @Test
    void aNewPolicyVersionKeepsPausedAndCountedTime() {
      Instant change = h(3);
      SlaClock clock = clock(version(Instant.parse("2020-01-01T00:00:00Z"), ReopenRule.RESUME, Duration.ofHours(8)),
          version(change, ReopenRule.RESUME, Duration.ofHours(3)));
      SlaTimeline t = timeline(new SlaEvent.StatusChanged(h(1), "on_hold"), new SlaEvent.StatusChanged(h(6), "open"));
      SlaClockReading res = clock.readAt(t, h(7)).current(SlaMetric.RESOLUTION).orElseThrow();
      assertThat(res.paused()).isEqualTo(Duration.ofHours(5));
      assertThat(res.actual()).isEqualTo(Duration.ofHours(2));
      assertThat(res.target()).isEqualTo(Duration.ofHours(3));
      assertThat(res.due()).contains(h(8));
      assertThat(res.state()).isEqualTo(SlaState.RUNNING);
    }

    @Test
    void restartOpensANewCycleAndFinalKeepsTheOutcome() {
      SlaTimeline t = timeline(new SlaEvent.StatusChanged(h(2), "solved"), new SlaEvent.StatusChanged(h(3), "open"));
      SlaEvaluation restart = clock(version(Instant.parse("2020-01-01T00:00:00Z"), ReopenRule.RESTART, Duration.ofHours(8))).readAt(t, h(4));
      assertThat(restart.clocks()).filteredOn(r -> r.metric() == SlaMetric.RESOLUTION)
          .extracting(SlaClockReading::cycle, SlaClockReading::state, SlaClockReading::actual)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(0, SlaState.MET, Duration.ofHours(2)),
              org.assertj.core.groups.Tuple.tuple(1, SlaState.RUNNING, Duration.ofHours(1)));
      SlaEvaluation fin = clock(version(Instant.parse("2020-01-01T00:00:00Z"), ReopenRule.FINAL, Duration.ofHours(8))).readAt(t, h(4));
      assertThat(fin.current(SlaMetric.RESOLUTION).orElseThrow().state()).isEqualTo(SlaState.MET);
      assertThat(fin.current(SlaMetric.RESOLUTION).orElseThrow().actual()).isEqualTo(Duration.ofHours(2));
      SlaEvaluation resume = clock(version(Instant.parse("2020-01-01T00:00:00Z"), ReopenRule.RESUME, Duration.ofHours(8))).readAt(t, h(4));
      assertThat(resume.current(SlaMetric.RESOLUTION).orElseThrow().actual()).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void unknownCalendarsAndForeignTimelinesAreRefused() {
      SlaPolicy p = SlaPolicy.of(ACME, "p", List.of(new SlaPolicyVersion(MON_0800Z,
          List.of(SlaTarget.of(SlaMetric.RESOLUTION, Duration.ofHours(1)).onCalendar("nope")), PAUSE, STOP, ReopenRule.RESUME, 75)));
      assertThatThrownBy(() -> SlaClock.of(p, SlaCalendars.of(ACME, List.of(OFFICE)), Clock.systemUTC()))
          .isInstanceOf(ValidationException.class).hasFieldOrPropertyWithValue("field", "calendarKey");
      SlaTimeline foreign = new SlaTimeline(TenantId.of("other"), new CaseId("c-1"), "high", "incident", "gold", MON_0800Z, "new", List.of());
      assertThatThrownBy(() -> clock(version(MON_0800Z, ReopenRule.RESUME, Duration.ofHours(8))).read(foreign))
          .isInstanceOf(ValidationException.class).hasFieldOrPropertyWithValue("field", "timeline.tenantId");
      assertThatThrownBy(() -> timeline(new SlaEvent.AgentReplied(MON_0800Z.minusSeconds(1))))
          .isInstanceOf(ValidationException.class).hasFieldOrPropertyWithValue("field", "events[0].at");
    }
  }
}
