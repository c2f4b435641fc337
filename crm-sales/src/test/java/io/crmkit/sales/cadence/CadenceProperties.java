package io.crmkit.sales.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.sales.lead.LeadId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class CadenceProperties {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

  @Provide
  Arbitrary<Cadence> cadences() {
    Arbitrary<StepDelay> delays = Combinators.combine(Arbitraries.integers().between(0, 10), Arbitraries.of(StepDelay.Unit.values()))
        .as(StepDelay::new);
    Arbitrary<CadenceStep> steps = Combinators.combine(Arbitraries.of(StepKind.values()), delays)
        .as((k, d) -> CadenceStep.of(k, k.name().toLowerCase(), d));
    Arbitrary<CadenceStep> last = Combinators.combine(Arbitraries.of(StepKind.EMAIL, StepKind.CALL, StepKind.TASK), delays)
        .as((k, d) -> CadenceStep.of(k, "last", d));
    return Combinators.combine(steps.list().ofMaxSize(8), last).as((s, l) -> {
      List<CadenceStep> all = new ArrayList<>(s);
      all.add(l);
      return Cadence.of(new CadenceId("c"), ACME, "cadence", all, T0);
    });
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of("Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata").map(ZoneId::of);
  }

  private static Enrolment enrol(Cadence c, ZoneId zone, Instant at) {
    return Enrolment.enrol(new EnrolmentId("e"), c, EnrolledRecord.lead(new LeadId("l")), Owner.user("u"), zone, at, List.of());
  }

  @Property(tries = 150)
  void dueTimesNeverDecreaseWhileWorkingThroughTheCadence(
      @ForAll("cadences") Cadence cadence, @ForAll("zones") ZoneId zone, @ForAll @IntRange(max = 800) int startHours,
      @ForAll @Size(max = 10) List<@IntRange(max = 72) Integer> lagsInHours) {
    Enrolment e = enrol(cadence, zone, T0.plus(Duration.ofHours(startHours)));
    Instant previousDue = e.anchor();
    int i = 0;
    while (e.status() == EnrolmentStatus.ACTIVE) {
      ScheduledStep next = e.nextStep(cadence).orElseThrow();
      assertThat(next.dueAt().toInstant()).isAfterOrEqualTo(previousDue);
      assertThat(next.step().kind().isActionable()).isTrue();
      previousDue = next.dueAt().toInstant();
      int lag = lagsInHours.isEmpty() ? 0 : lagsInHours.get(i++ % lagsInHours.size());
      e = e.completeStep(cadence, next.index(), previousDue.plus(Duration.ofHours(lag)));
    }
    assertThat(e.status()).isEqualTo(EnrolmentStatus.COMPLETED);
  }

  @Property(tries = 150)
  void unenrolledOrPausedEnrolmentsNeverProduceDueSteps(
      @ForAll("cadences") Cadence cadence, @ForAll("zones") ZoneId zone, @ForAll @IntRange(max = 5) int completedFirst,
      @ForAll boolean pauseInsteadOfUnenrol, @ForAll @IntRange(max = 10_000) int askedHoursLater) {
    Enrolment e = enrol(cadence, zone, T0);
    for (int k = 0; k < completedFirst && e.status() == EnrolmentStatus.ACTIVE; k++) {
      ScheduledStep next = e.nextStep(cadence).orElseThrow();
      e = e.completeStep(cadence, next.index(), next.dueAt().toInstant());
    }
    if (!e.status().isLive()) {
      assertThat(e.dueStep(cadence, Clock.fixed(T0.plus(Duration.ofHours(askedHoursLater)), ZoneOffset.UTC))).isEmpty();
      return;
    }
    Instant at = e.anchor().plusSeconds(60);
    Enrolment stopped = pauseInsteadOfUnenrol ? e.pause(at) : e.unenrol(ExitReason.REPLIED, at);

    Optional<ScheduledStep> due = stopped.dueStep(cadence, Clock.fixed(at.plus(Duration.ofHours(askedHoursLater)), ZoneOffset.UTC));
    assertThat(due).isEmpty();
    assertThat(stopped.nextStep(cadence)).isEmpty();
  }
}
