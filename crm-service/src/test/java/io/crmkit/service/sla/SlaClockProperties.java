package io.crmkit.service.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** SLA clocks on random case histories: paused and closed time never counts, outcomes are final, order never matters. */
class SlaClockProperties {
  static final List<String> STATUSES = List.of("new", "open", "pending_customer", "on_hold", "solved", "closed");
  static final SlaClock CLOCK = SlaClockTest.clock(SlaClockTest.version(Instant.parse("2020-01-01T00:00:00Z"), ReopenRule.RESUME, Duration.ofHours(8)));

  @Provide
  Arbitrary<SlaTimeline> timelines() {
    Arbitrary<SlaEvent> event = Combinators.combine(Arbitraries.longs().between(0, 21L * 24 * 60),
        Arbitraries.integers().between(0, 7)).as((m, k) -> {
          Instant at = SlaClockTest.MON_0800Z.plusSeconds(m * 60);
          return k < 6 ? new SlaEvent.StatusChanged(at, STATUSES.get(k)) : k == 6 ? new SlaEvent.AgentReplied(at) : new SlaEvent.CustomerReplied(at);
        });
    return event.list().ofMaxSize(14).map(es -> SlaClockTest.timeline(es.toArray(SlaEvent[]::new)));
  }

  @Provide
  Arbitrary<Instant> nows() {
    return Arbitraries.longs().between(0, 25L * 24 * 60).map(m -> SlaClockTest.MON_0800Z.plusSeconds(m * 60));
  }

  @Property(tries = 150)
  void resolutionCountsExactlyTheBusinessTimeOutsidePauseAndStopStatuses(@ForAll("timelines") SlaTimeline t, @ForAll("nows") Instant now) {
    // independent oracle: walk the status history and sum office time while neither paused nor stopped
    Duration counted = Duration.ZERO;
    String status = t.initialStatus();
    Instant p = t.openedAt();
    for (SlaEvent e : t.events()) {
      if (e.at().isAfter(now)) {
        break;
      }
      if (!SlaClockTest.PAUSE.contains(status) && !SlaClockTest.STOP.contains(status)) {
        counted = counted.plus(SlaClockTest.OFFICE.diff(p, e.at()));
      }
      p = e.at();
      if (e instanceof SlaEvent.StatusChanged s) {
        status = s.status();
      }
    }
    if (!SlaClockTest.PAUSE.contains(status) && !SlaClockTest.STOP.contains(status)) {
      counted = counted.plus(SlaClockTest.OFFICE.diff(p, now));
    }
    SlaClockReading r = CLOCK.readAt(t, now).current(SlaMetric.RESOLUTION).orElseThrow();
    assertThat(r.actual()).isEqualTo(counted);
    assertThat(r.actual()).isLessThanOrEqualTo(SlaClockTest.OFFICE.diff(t.openedAt(), now));
  }

  @Property(tries = 150)
  void theOrderOfTheEventListNeverMatters(@ForAll("timelines") SlaTimeline t, @ForAll("nows") Instant now, @ForAll long seed) {
    List<SlaEvent> shuffled = new ArrayList<>(t.events());
    Collections.shuffle(shuffled, new Random(seed));
    SlaTimeline again = SlaClockTest.timeline(shuffled.toArray(SlaEvent[]::new));
    assertThat(CLOCK.readAt(again, now)).isEqualTo(CLOCK.readAt(t, now));
  }

  @Property(tries = 150)
  void breachesAreFinalAndCountedTimeNeverShrinks(@ForAll("timelines") SlaTimeline t, @ForAll("nows") Instant a, @ForAll("nows") Instant b) {
    Instant early = a.isBefore(b) ? a : b;
    Instant late = a.isBefore(b) ? b : a;
    SlaEvaluation before = CLOCK.readAt(t, early);
    SlaEvaluation after = CLOCK.readAt(t, late);
    for (SlaClockReading r : before.clocks()) {
      SlaClockReading same = after.clocks().stream().filter(x -> x.metric() == r.metric() && x.cycle() == r.cycle()).findFirst().orElseThrow();
      assertThat(same.actual()).isGreaterThanOrEqualTo(r.actual());
      assertThat(same.paused()).isGreaterThanOrEqualTo(r.paused());
      if (r.state() == SlaState.BREACHED) {
        assertThat(same.state()).isEqualTo(SlaState.BREACHED);
        assertThat(same.breachedAt()).isEqualTo(r.breachedAt());
      }
    }
    // alerts raised at the early read are never raised again
    SlaAlerts.Due first = SlaAlerts.due(before, java.util.Set.of());
    SlaAlerts.Due second = SlaAlerts.due(after, first.raised());
    assertThat(second.alerts()).noneMatch(x -> first.raised().contains(x.key()));
    assertThat(second.raised()).containsAll(first.raised());
  }
}
