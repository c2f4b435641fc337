package io.crmkit.sales.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.ActivityStatus;
import io.crmkit.sales.cadence.Cadence;
import io.crmkit.sales.cadence.CadenceId;
import io.crmkit.sales.cadence.CadenceStep;
import io.crmkit.sales.cadence.EnrolledRecord;
import io.crmkit.sales.cadence.Enrolment;
import io.crmkit.sales.cadence.EnrolmentId;
import io.crmkit.sales.cadence.ScheduledStep;
import io.crmkit.sales.cadence.StepDelay;
import io.crmkit.sales.cadence.StepKind;
import io.crmkit.sales.lead.LeadId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FollowUpReadmeSnippetTest {
  @Test
  void followUpsAndCadences() {
    Clock clock = Clock.fixed(Instant.parse("2026-03-23T07:50:00Z"), ZoneOffset.UTC);
    IdGenerator ids = IdGenerator.uuidV7(clock);
    TenantId tenant = TenantId.of("acme");
    LeadId leadId = new LeadId("l-1");
    Instant lastPoll = Instant.parse("2026-03-23T07:30:00Z");
    // snippet-start
    FollowUp weekly = FollowUp.builder(ids.next(FollowUpId::new), tenant)
        .target(FollowUpTarget.lead(leadId)).subject("Check in").owner(Owner.user("u-1"))
        .due(LocalDateTime.parse("2026-03-23T09:00"), ZoneId.of("Europe/Berlin"))
        .recurrence(Recurrence.of("FREQ=WEEKLY;COUNT=4"))
        .reminder(Duration.ofMinutes(15))
        .createdAt(clock.instant())
        .build();
    List<ZonedDateTime> next = weekly.upcoming(3);          // 09:00 local each week, +01:00 then +02:00
    List<Reminder> toSend = FollowUpReminders.due(List.of(weekly), lastPoll, clock);
    FollowUpCompletion done = weekly.complete(ids.next(ActivityId::new), clock.instant());
    // store done.followUp() (now due 30 March) and done.activity() (a completed task) together

    Cadence outbound = Cadence.of(ids.next(CadenceId::new), tenant, "Outbound", List.of(
        CadenceStep.of(StepKind.EMAIL, "Intro e-mail", StepDelay.none()),
        CadenceStep.waitFor(StepDelay.businessDays(2)),
        CadenceStep.of(StepKind.CALL, "Intro call", StepDelay.none())), clock.instant());
    Enrolment enrolment = Enrolment.enrol(ids.next(EnrolmentId::new), outbound, EnrolledRecord.lead(leadId),
        Owner.user("u-1"), ZoneId.of("Europe/Berlin"), clock.instant(), List.of());
    Optional<ScheduledStep> due = enrolment.dueStep(outbound, clock);    // the intro e-mail, due now
    // snippet-end

    assertThat(next).extracting(z -> z.toOffsetDateTime().toString())
        .containsExactly("2026-03-23T09:00+01:00", "2026-03-30T09:00+02:00", "2026-04-06T09:00+02:00");
    assertThat(toSend).extracting(Reminder::remindAt).containsExactly(Instant.parse("2026-03-23T07:45:00Z"));
    assertThat(done.followUp().due()).contains(LocalDateTime.parse("2026-03-30T09:00"));
    assertThat(done.activity().status()).isEqualTo(ActivityStatus.COMPLETED);
    assertThat(due).get().extracting(s -> s.step().subject()).isEqualTo("Intro e-mail");
    assertThat(ActivityReadmeSnippets.block("src/test/java/io/crmkit/sales/followup/FollowUpReadmeSnippetTest.java#followUpsAndCadences"))
        .isEqualTo(ActivityReadmeSnippets.body("src/test/java/io/crmkit/sales/followup/FollowUpReadmeSnippetTest.java"));
  }
}
