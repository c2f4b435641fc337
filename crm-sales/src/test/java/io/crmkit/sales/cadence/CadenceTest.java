package io.crmkit.sales.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.Direction;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.sales.lead.LeadId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CadenceTest {
  static final TenantId ACME = TenantId.of("acme");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  // Friday 27 March 2026, 15:00 in Berlin (CET); the clocks go forward on Sunday 29 March
  static final Instant FRIDAY = Instant.parse("2026-03-27T14:00:00Z");
  static final EnrolledRecord LEAD = EnrolledRecord.lead(new LeadId("l-1"));

  static final Cadence OUTBOUND = Cadence.of(new CadenceId("c-1"), ACME, "Outbound", List.of(
      CadenceStep.of(StepKind.EMAIL, "Intro e-mail", StepDelay.none()),
      CadenceStep.waitFor(StepDelay.businessDays(1)),
      CadenceStep.of(StepKind.CALL, "Intro call", StepDelay.none()),
      CadenceStep.of(StepKind.TASK, "Connect on LinkedIn", StepDelay.days(3))), FRIDAY);

  static Enrolment enrolled() {
    return Enrolment.enrol(new EnrolmentId("e-1"), OUTBOUND, LEAD, Owner.user("u-1"), BERLIN, FRIDAY, List.of());
  }

  static Clock at(Instant i) {
    return Clock.fixed(i, ZoneOffset.UTC);
  }

  @Test
  void stepsComeDueAfterTheirDelaysInBusinessDaysOfTheOwnersZone() {
    Enrolment e = enrolled();
    assertThat(e.dueStep(OUTBOUND, at(FRIDAY))).get().extracting(ScheduledStep::index).isEqualTo(0);

    Enrolment afterEmail = e.completeStep(OUTBOUND, 0, FRIDAY);
    ScheduledStep call = afterEmail.nextStep(OUTBOUND).orElseThrow();

    // the wait of one business day skips the weekend and keeps 15:00 local across the DST change
    assertThat(call.index()).isEqualTo(2);
    assertThat(call.dueAt().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2026-03-30T15:00+02:00"));
    assertThat(afterEmail.dueStep(OUTBOUND, at(Instant.parse("2026-03-30T12:59:00Z")))).isEmpty();
    assertThat(afterEmail.dueStep(OUTBOUND, at(Instant.parse("2026-03-30T13:00:00Z")))).isPresent();
  }

  @Test
  void completingTheLastStepCompletesTheEnrolment() {
    Instant callDone = Instant.parse("2026-03-30T13:10:00Z");
    Enrolment e = enrolled().completeStep(OUTBOUND, 0, FRIDAY).completeStep(OUTBOUND, 2, callDone);
    ScheduledStep task = e.nextStep(OUTBOUND).orElseThrow();

    assertThat(task.dueAt().toInstant()).isEqualTo(callDone.plus(Duration.ofDays(3)));
    Enrolment done = e.completeStep(OUTBOUND, 3, task.dueAt().toInstant());
    assertThat(done.status()).isEqualTo(EnrolmentStatus.COMPLETED);
    assertThat(done.nextStep(OUTBOUND)).isEmpty();
    assertThatThrownBy(() -> done.completeStep(OUTBOUND, 3, callDone)).isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void onlyTheNextStepCanBeCompleted() {
    assertThatThrownBy(() -> enrolled().completeStep(OUTBOUND, 2, FRIDAY))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.rule()).contains("next step; that is 0"));
  }

  @Test
  void aPauseHoldsTheStepsAndShiftsThemByItsLength() {
    Enrolment e = enrolled().completeStep(OUTBOUND, 0, FRIDAY);
    ZonedDateTime before = e.nextStep(OUTBOUND).orElseThrow().dueAt();
    Enrolment paused = e.pause(FRIDAY.plus(Duration.ofHours(1)));

    assertThat(paused.dueStep(OUTBOUND, at(FRIDAY.plus(Duration.ofDays(30))))).isEmpty();
    Enrolment resumed = paused.resume(FRIDAY.plus(Duration.ofHours(3)));
    assertThat(resumed.nextStep(OUTBOUND).orElseThrow().dueAt().toInstant()).isEqualTo(before.toInstant().plus(Duration.ofHours(2)));
    assertThatThrownBy(() -> resumed.resume(FRIDAY)).isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void aReplyOrABookedMeetingUnenrolsTheRecord() {
    Activity reply = Activity.email(new ActivityId("a-1"), ACME, "Re: intro", Owner.user("u-1"), List.of(LEAD.ref()),
        Direction.INBOUND, FRIDAY.plus(Duration.ofHours(2)), FRIDAY.plus(Duration.ofHours(2)));
    Activity ourEmail = Activity.email(new ActivityId("a-2"), ACME, "Intro", Owner.user("u-1"), List.of(LEAD.ref()),
        Direction.OUTBOUND, FRIDAY, FRIDAY);
    Activity meetingWithSomeoneElse = Activity.meeting(new ActivityId("a-3"), ACME, "Demo", Owner.user("u-1"),
        List.of(RecordRef.parse("lead:l-2")), FRIDAY.plus(Duration.ofDays(5)), FRIDAY.plus(Duration.ofDays(5)).plusSeconds(1800), FRIDAY);

    Enrolment e = enrolled();
    assertThat(e.on(ourEmail)).isSameAs(e);
    assertThat(e.on(meetingWithSomeoneElse)).isSameAs(e);
    Enrolment replied = e.on(reply);
    assertThat(replied.status()).isEqualTo(EnrolmentStatus.UNENROLLED);
    assertThat(replied.exitReason()).contains(ExitReason.REPLIED);
    assertThat(replied.dueStep(OUTBOUND, at(FRIDAY.plus(Duration.ofDays(10))))).isEmpty();

    Enrolment booked = e.on(new CadenceSignal(LEAD.ref(), ExitReason.MEETING_BOOKED, FRIDAY.plusSeconds(60)));
    assertThat(booked.exitReason()).contains(ExitReason.MEETING_BOOKED);
  }

  @Test
  void aRecordHasOneLiveEnrolmentPerCadenceInTheStore() {
    TenantStore store = InMemoryStore.create().forTenant(ACME);
    Clock clock = at(FRIDAY);
    Enrolment first = CadenceEnrolments.enrol(store, new EnrolmentId("e-1"), OUTBOUND, LEAD, Owner.user("u-1"), BERLIN, clock);

    assertThatThrownBy(() -> CadenceEnrolments.enrol(store, new EnrolmentId("e-2"), OUTBOUND, LEAD, Owner.user("u-1"), BERLIN, clock))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.rule()).contains("already has an active enrolment (e-1)"));

    Activity meeting = Activity.meeting(new ActivityId("a-1"), ACME, "Demo", Owner.user("u-1"), List.of(LEAD.ref()),
        FRIDAY.plus(Duration.ofDays(5)), FRIDAY.plus(Duration.ofDays(5)).plusSeconds(1800), FRIDAY.plusSeconds(600));
    List<Enrolment> ended = CadenceEnrolments.onActivity(store, meeting);

    assertThat(ended).extracting(Enrolment::id).containsExactly(first.id());
    assertThat(ended.get(0).version()).isEqualTo(2);
    Enrolment again = CadenceEnrolments.enrol(store, new EnrolmentId("e-3"), OUTBOUND, LEAD, Owner.user("u-1"), BERLIN, clock);
    assertThat(again.status()).isEqualTo(EnrolmentStatus.ACTIVE);
  }

  @Test
  void cadencesMustHaveWorkAndNotEndWithAWait() {
    assertThatThrownBy(() -> Cadence.of(new CadenceId("c"), ACME, "x", List.of(CadenceStep.waitFor(StepDelay.days(1))), FRIDAY))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("steps"));
    assertThatThrownBy(() -> Cadence.of(new CadenceId("c"), ACME, "x", List.of(
        CadenceStep.of(StepKind.CALL, "call", StepDelay.none()), CadenceStep.waitFor(StepDelay.days(1))), FRIDAY))
        .hasMessageContaining("must not end with a wait");
    assertThatThrownBy(() -> StepDelay.days(-1)).isInstanceOf(ValidationException.class);
  }

  @Test
  void aZeroBusinessDayDelayOnAWeekendMovesToMonday() {
    ZonedDateTime saturday = ZonedDateTime.parse("2026-03-28T10:00+01:00[Europe/Berlin]");

    assertThat(StepDelay.businessDays(0).applyTo(saturday).toLocalDateTime().toString()).isEqualTo("2026-03-30T10:00");
    assertThat(StepDelay.businessDays(1).applyTo(saturday).toLocalDateTime().toString()).isEqualTo("2026-03-30T10:00");
    assertThat(StepDelay.businessDays(5).applyTo(ZonedDateTime.parse("2026-03-27T10:00+01:00[Europe/Berlin]")).toLocalDate().toString())
        .isEqualTo("2026-04-03");
  }
}
