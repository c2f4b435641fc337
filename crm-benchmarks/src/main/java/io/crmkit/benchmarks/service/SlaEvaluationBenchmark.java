package io.crmkit.benchmarks.service;

import io.crmkit.core.TenantId;
import io.crmkit.service.calendar.BusinessCalendar;
import io.crmkit.service.calendar.CalendarVersion;
import io.crmkit.service.cases.CaseId;
import io.crmkit.service.sla.ReopenRule;
import io.crmkit.service.sla.SlaCalendars;
import io.crmkit.service.sla.SlaClock;
import io.crmkit.service.sla.SlaEvaluation;
import io.crmkit.service.sla.SlaEvent;
import io.crmkit.service.sla.SlaMetric;
import io.crmkit.service.sla.SlaPolicy;
import io.crmkit.service.sla.SlaPolicyVersion;
import io.crmkit.service.sla.SlaTarget;
import io.crmkit.service.sla.SlaTimeline;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The SLA state of 100,000 open cases read at one instant: each case has 0–8 status changes and replies over
 * the last ten days, four priorities, a two-version policy with first-response, next-response and resolution
 * targets on a Berlin office calendar (seed 42). One invocation reads all 100,000 clocks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SlaEvaluationBenchmark {
  private static final List<String> STATUSES = List.of("open", "pending_customer", "on_hold", "open", "solved");
  private SlaClock clock;
  private List<SlaTimeline> cases;
  private Instant now;

  /** Builds the policy and the cases. */
  @Setup
  public void setUp() {
    TenantId t = TenantId.of("bench");
    now = Instant.parse("2026-03-20T12:00:00Z");
    BusinessCalendar office = BusinessCalendar.of(t, "office", CalendarVersion.builder(ZoneId.of("Europe/Berlin"),
        Instant.parse("2025-01-01T00:00:00Z")).weekdays("09:00", "17:00").build());
    List<SlaTarget> targets = List.of(
        SlaTarget.of(SlaMetric.FIRST_RESPONSE, Duration.ofHours(1)).forPriority("urgent"),
        SlaTarget.of(SlaMetric.FIRST_RESPONSE, Duration.ofHours(4)).onCalendar("office"),
        SlaTarget.of(SlaMetric.NEXT_RESPONSE, Duration.ofHours(8)).onCalendar("office"),
        SlaTarget.of(SlaMetric.RESOLUTION, Duration.ofHours(24)).forPriority("urgent"),
        SlaTarget.of(SlaMetric.RESOLUTION, Duration.ofHours(40)).onCalendar("office"));
    Set<String> pause = Set.of("pending_customer", "on_hold");
    Set<String> stop = Set.of("solved", "closed");
    SlaPolicy policy = SlaPolicy.of(t, "standard", List.of(
        new SlaPolicyVersion(Instant.parse("2025-01-01T00:00:00Z"), targets, pause, stop, ReopenRule.RESUME, 75),
        new SlaPolicyVersion(Instant.parse("2026-03-15T00:00:00Z"), targets, pause, stop, ReopenRule.RESTART, 80)));
    clock = SlaClock.of(policy, SlaCalendars.of(t, List.of(office)), Clock.fixed(now, ZoneOffset.UTC));
    SplittableRandom r = new SplittableRandom(42);
    List<String> priorities = List.of("low", "normal", "high", "urgent");
    cases = new ArrayList<>(100_000);
    for (int k = 0; k < 100_000; k++) {
      Instant opened = now.minusSeconds(r.nextLong(10L * 86_400));
      List<SlaEvent> events = new ArrayList<>();
      int n = r.nextInt(9);
      for (int e = 0; e < n; e++) {
        Instant at = opened.plusSeconds(r.nextLong(Math.max(1, now.getEpochSecond() - opened.getEpochSecond())));
        int kind = r.nextInt(7);
        events.add(kind < 5 ? new SlaEvent.StatusChanged(at, STATUSES.get(kind))
            : kind == 5 ? new SlaEvent.AgentReplied(at) : new SlaEvent.CustomerReplied(at));
      }
      cases.add(new SlaTimeline(t, new CaseId("c-" + k), priorities.get(r.nextInt(4)), "incident", "gold", opened, "new", events));
    }
  }

  /** Reads every case's clocks; returns how many are breached (so nothing is optimised away). */
  @Benchmark
  public int evaluateAll() {
    int breached = 0;
    for (SlaTimeline c : cases) {
      SlaEvaluation e = clock.read(c);
      breached += e.clocks().stream().anyMatch(x -> x.breachedAt().isPresent()) ? 1 : 0;
    }
    return breached;
  }
}
