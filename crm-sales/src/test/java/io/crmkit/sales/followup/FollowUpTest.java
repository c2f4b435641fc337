package io.crmkit.sales.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.ActivityStatus;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.sales.lead.LeadId;
import io.crmkit.sales.opportunity.OpportunityId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FollowUpTest {
  static final TenantId ACME = TenantId.of("acme");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final Instant CREATED = Instant.parse("2026-03-01T10:00:00Z");

  static FollowUp.Builder followUp(String due) {
    return FollowUp.builder(new FollowUpId("f-1"), ACME)
        .target(FollowUpTarget.lead(new LeadId("l-1")))
        .subject("Check in")
        .owner(Owner.user("u-1"))
        .due(LocalDateTime.parse(due), BERLIN)
        .createdAt(CREATED);
  }

  @Nested
  @DisplayName("Recurrence across daylight-saving changes")
  class Dst {
    @Test
    void aWeeklyNineOClockTaskStaysAtNineLocalTimeAcrossTheSpringChange() {
      FollowUp weekly = followUp("2026-03-23T09:00").recurrence(Recurrence.of("FREQ=WEEKLY;BYDAY=MO")).build();

      List<ZonedDateTime> next = weekly.upcoming(3);

      assertThat(next).extracting(ZonedDateTime::toOffsetDateTime).containsExactly(
          OffsetDateTime.parse("2026-03-23T09:00+01:00"),
          OffsetDateTime.parse("2026-03-30T09:00+02:00"),
          OffsetDateTime.parse("2026-04-06T09:00+02:00"));
      assertThat(next.get(1).toInstant()).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
    }

    @Test
    void andAcrossTheAutumnChange() {
      FollowUp weekly = followUp("2026-10-19T09:00").recurrence(Recurrence.of("FREQ=WEEKLY")).build();

      assertThat(weekly.upcoming(2)).extracting(ZonedDateTime::toOffsetDateTime).containsExactly(
          OffsetDateTime.parse("2026-10-19T09:00+02:00"), OffsetDateTime.parse("2026-10-26T09:00+01:00"));
    }

    @Test
    void aLocalTimeInTheSpringGapMovesForwardByTheGap() {
      FollowUp daily = followUp("2026-03-28T02:30").recurrence(Recurrence.of("FREQ=DAILY;COUNT=3")).build();

      assertThat(daily.upcoming(5)).extracting(ZonedDateTime::toOffsetDateTime).containsExactly(
          OffsetDateTime.parse("2026-03-28T02:30+01:00"),
          OffsetDateTime.parse("2026-03-29T03:30+02:00"),
          OffsetDateTime.parse("2026-03-30T02:30+02:00"));
    }

    @Test
    void anAmbiguousAutumnTimeTakesTheEarlierOffset() {
      FollowUp once = followUp("2026-10-25T02:30").build();

      assertThat(once.dueAt().orElseThrow().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2026-10-25T02:30+02:00"));
    }
  }

  @Nested
  @DisplayName("Rules are validated")
  class Validation {
    @Test
    void aBadRuleIsRefusedNamingTheRule() {
      assertThatThrownBy(() -> Recurrence.of("FREQ=WEEKLY;BYDAY=XX"))
          .isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).isEqualTo("recurrence");
            assertThat(e.rule()).contains("'FREQ=WEEKLY;BYDAY=XX'").contains("not a valid RFC 5545 RRULE");
          });
      assertThatThrownBy(() -> Recurrence.of("FREQ=DAILY;COUNT=2;UNTIL=20260101"))
          .isInstanceOf(ValidationException.class).hasMessageContaining("UNTIL and COUNT");
      assertThatThrownBy(() -> Recurrence.of("BYDAY=MO")).hasMessageContaining("FREQ");
    }

    @Test
    void rulesMoreFrequentThanHourlyAreRefused() {
      assertThatThrownBy(() -> Recurrence.of("FREQ=MINUTELY;INTERVAL=5"))
          .isInstanceOf(ValidationException.class).hasMessageContaining("at most hourly");
    }

    @Test
    void theRuleIsKeptInNormalFormAndAcceptsThePrefix() {
      assertThat(Recurrence.of("RRULE:freq=weekly;byday=mo,tu").rule()).isEqualTo("FREQ=WEEKLY;BYDAY=MO,TU");
    }

    @Test
    void theStartMustBeAnOccurrenceOfTheRule() {
      // 2026-03-24 is a Tuesday
      assertThatThrownBy(() -> followUp("2026-03-24T09:00").recurrence(Recurrence.of("FREQ=WEEKLY;BYDAY=MO")).build())
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("start"));
    }

    @Test
    void aRuleWithoutAnyOccurrenceIsRefused() {
      assertThatThrownBy(() -> followUp("2026-03-24T09:00").recurrence(Recurrence.of("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30")).build())
          .isInstanceOf(ValidationException.class);
    }

    @Test
    void theZoneMustBeAnIanaZone() {
      assertThatThrownBy(() -> followUp("2026-03-24T09:00").due(LocalDateTime.parse("2026-03-24T09:00"), ZoneOffset.ofHours(1)).build())
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("zone"));
    }

    @Test
    void negativeOrRepeatedRemindersAreRefused() {
      assertThatThrownBy(() -> followUp("2026-03-24T09:00").reminder(Duration.ofMinutes(-5)).build())
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("reminders"));
      assertThatThrownBy(() -> followUp("2026-03-24T09:00").reminder(Duration.ofMinutes(5)).reminder(Duration.ofMinutes(5)).build())
          .isInstanceOf(ValidationException.class);
    }

    @Test
    void missingValuesAreNamed() {
      assertThatThrownBy(() -> FollowUp.builder(new FollowUpId("f"), ACME).subject("s").build())
          .isInstanceOf(NullPointerException.class).hasMessage("target");
    }
  }

  @Nested
  @DisplayName("Completing occurrences")
  class Completing {
    @Test
    void completingAdvancesUntilTheCountEndsTheSeries() {
      FollowUp f = followUp("2026-03-23T09:00").recurrence(Recurrence.of("FREQ=WEEKLY;COUNT=3")).build();
      Instant at = Instant.parse("2026-03-23T09:30:00Z");

      FollowUp second = f.complete(new ActivityId("a-1"), at).followUp();
      FollowUp third = second.complete(new ActivityId("a-2"), at.plus(Duration.ofDays(7))).followUp();
      FollowUp ended = third.complete(new ActivityId("a-3"), at.plus(Duration.ofDays(14))).followUp();

      assertThat(second.due()).contains(LocalDateTime.parse("2026-03-30T09:00"));
      assertThat(third.due()).contains(LocalDateTime.parse("2026-04-06T09:00"));
      assertThat(ended.status()).isEqualTo(FollowUpStatus.ENDED);
      assertThat(ended.dueAt()).isEmpty();
      assertThat(ended.upcoming(3)).isEmpty();
      assertThatThrownBy(() -> ended.complete(new ActivityId("a-4"), at))
          .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.from()).isEqualTo("ENDED"));
    }

    @Test
    void aUtcUntilIsInclusiveAndEndsTheSeries() {
      // 09:00 Berlin on 25 March is 08:00 UTC: the last occurrence
      FollowUp f = followUp("2026-03-23T09:00").recurrence(Recurrence.of("FREQ=DAILY;UNTIL=20260325T080000Z")).build();

      assertThat(f.upcoming(10)).extracting(z -> z.toLocalDate().toString())
          .containsExactly("2026-03-23", "2026-03-24", "2026-03-25");
      FollowUp last = f.skip(CREATED).skip(CREATED);
      assertThat(last.skip(CREATED).status()).isEqualTo(FollowUpStatus.ENDED);
    }

    @Test
    void aDateUntilKeepsTheOccurrencesOfThatDay() {
      FollowUp f = followUp("2026-03-23T09:00").recurrence(Recurrence.of("FREQ=DAILY;UNTIL=20260324")).build();

      assertThat(f.upcoming(10)).hasSize(2);
    }

    @Test
    void aCompletedOccurrenceBecomesACompletedTaskOnTheTargetsTimeline() {
      FollowUp f = FollowUp.builder(new FollowUpId("f-9"), ACME)
          .target(FollowUpTarget.opportunity(new OpportunityId("o-1")))
          .subject("Send the proposal")
          .owner(Owner.user("u-2"))
          .due(LocalDateTime.parse("2026-03-23T09:00"), BERLIN)
          .reminder(Duration.ofHours(1))
          .reminder(Duration.ofMinutes(10))
          .createdAt(CREATED)
          .build();
      Instant at = Instant.parse("2026-03-23T08:05:00Z");

      FollowUpCompletion done = f.complete(new ActivityId("a-1"), at);

      Activity task = done.activity();
      assertThat(task.type()).isEqualTo(ActivityType.TASK);
      assertThat(task.status()).isEqualTo(ActivityStatus.COMPLETED);
      assertThat(task.completedAt()).contains(at);
      assertThat(task.dueAt()).contains(Instant.parse("2026-03-23T08:00:00Z"));
      assertThat(task.remindAt()).contains(Instant.parse("2026-03-23T07:00:00Z"));
      assertThat(task.links()).extracting(Object::toString).containsExactly("opportunity:o-1");
      assertThat(task.subject()).isEqualTo("Send the proposal");
      assertThat(done.followUp().status()).isEqualTo(FollowUpStatus.ENDED);
    }

    @Test
    void aCancelledFollowUpHasNothingDue() {
      FollowUp f = followUp("2026-03-23T09:00").recurrence(Recurrence.of("FREQ=DAILY")).reminder(Duration.ZERO).build();

      FollowUp cancelled = f.cancel(CREATED);

      assertThat(cancelled.status()).isEqualTo(FollowUpStatus.CANCELLED);
      assertThat(cancelled.openReminders()).isEmpty();
      assertThatThrownBy(() -> cancelled.skip(CREATED)).isInstanceOf(IllegalTransitionException.class);
    }
  }

  @Nested
  @DisplayName("What is due, from stored state and a clock")
  class Due {
    @Test
    void remindersInAWindowComeEarliestFirstAndPollingHandsEachOutOnce() {
      FollowUp a = followUp("2026-03-23T09:00").reminder(Duration.ofMinutes(30)).reminder(Duration.ofDays(1)).build();
      FollowUp b = FollowUp.builder(new FollowUpId("f-2"), ACME).target(FollowUpTarget.lead(new LeadId("l-2"))).subject("Call")
          .owner(Owner.user("u-1")).due(LocalDateTime.parse("2026-03-23T08:45"), BERLIN).reminder(Duration.ZERO).createdAt(CREATED).build();
      List<FollowUp> all = List.of(a, b);

      List<Reminder> first = FollowUpReminders.due(all, Instant.parse("2026-03-22T00:00:00Z"), fixed("2026-03-23T07:40:00Z"));
      List<Reminder> second = FollowUpReminders.due(all, Instant.parse("2026-03-23T07:40:00Z"), fixed("2026-03-23T09:00:00Z"));

      assertThat(first).extracting(Reminder::remindAt)
          .containsExactly(Instant.parse("2026-03-22T08:00:00Z"), Instant.parse("2026-03-23T07:30:00Z"));
      assertThat(second).extracting(r -> r.followUpId().value()).containsExactly("f-2");
      assertThat(second.get(0).due().toLocalTime()).isEqualTo(LocalTime.of(8, 45));
    }

    @Test
    void overdueFollowUpsComeMostOverdueFirst() {
      FollowUp late = followUp("2026-03-20T09:00").build();
      FollowUp later = FollowUp.builder(new FollowUpId("f-0"), ACME).target(FollowUpTarget.lead(new LeadId("l-2"))).subject("Call")
          .owner(Owner.user("u-1")).due(LocalDateTime.parse("2026-03-19T09:00"), BERLIN).createdAt(CREATED).build();
      FollowUp future = followUp("2026-04-20T09:00").build();

      assertThat(FollowUpReminders.overdue(List.of(late, future, later), fixed("2026-03-23T00:00:00Z")))
          .extracting(f -> f.id().value()).containsExactly("f-0", "f-1");
    }

    @Test
    void storedFollowUpsAreFoundByDueInstant() {
      TenantStore store = InMemoryStore.create().forTenant(ACME);
      Repository<FollowUp, FollowUpId> repo = store.repository(FollowUp.TYPE);
      FollowUp stored = repo.insert(followUp("2026-03-23T09:00").recurrence(Recurrence.of("FREQ=WEEKLY")).build());

      FollowUp advanced = repo.update(stored.skip(CREATED));

      assertThat(advanced.version()).isEqualTo(2);
      assertThat(repo.query(Criteria.atMost(FollowUp.DUE_AT, Instant.parse("2026-03-25T00:00:00Z")))).isEmpty();
      assertThat(repo.query(Criteria.atMost(FollowUp.DUE_AT, Instant.parse("2026-03-31T00:00:00Z"))))
          .extracting(FollowUp::due).containsExactly(Optional.of(LocalDateTime.parse("2026-03-30T09:00")));
    }
  }

  static Clock fixed(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }
}
