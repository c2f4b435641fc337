package io.crmkit.marketing.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.RecordRef;
import io.crmkit.core.ValidationException;
import io.crmkit.marketing.campaign.CampaignId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SendPlannerTest {
  private static final CampaignId SPRING = new CampaignId("spring");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Recipient ANNA = Recipient.of("contact:anna", "Europe/Berlin");

  private static PlanRequest request(List<SendStep> steps, List<Recipient> recipients, List<SentMessage> sent,
      List<FrequencyCap> caps, List<Throttle> throttles, String now, String horizon) {
    return new PlanRequest(steps, recipients, sent, caps, throttles, DstPolicy.STANDARD, Instant.parse(now), Instant.parse(horizon));
  }

  private static LocalDateTime localOf(PlannedSend p) {
    return LocalDateTime.ofInstant(p.at(), BERLIN);
  }

  @Nested
  @DisplayName("daylight saving")
  class Dst {
    @Test
    void a_daily_0900_send_stays_at_0900_local_across_the_spring_change() {
      SendStep daily = SendStep.of("daily", SPRING, "email", SendSchedule.recurring(LocalDateTime.parse("2026-03-01T09:00"), "FREQ=DAILY"));
      SendPlan plan = SendPlanner.plan(request(List.of(daily), List.of(ANNA), List.of(), List.of(), List.of(),
          "2026-03-27T00:00:00Z", "2026-04-01T00:00:00Z"));
      assertThat(plan.planned()).extracting(PlannedSend::at).containsExactly(
          Instant.parse("2026-03-27T08:00:00Z"), Instant.parse("2026-03-28T08:00:00Z"),
          Instant.parse("2026-03-29T07:00:00Z"), Instant.parse("2026-03-30T07:00:00Z"),
          Instant.parse("2026-03-31T07:00:00Z"));
      assertThat(plan.dropped()).isEmpty();
    }

    @Test
    void a_local_time_in_the_gap_shifts_forward_and_one_in_the_overlap_takes_the_first() {
      SendStep gap = SendStep.of("gap", SPRING, "email", SendSchedule.atLocal(LocalDateTime.parse("2026-03-29T02:30")));
      SendStep overlap = SendStep.of("overlap", SPRING, "email", SendSchedule.atLocal(LocalDateTime.parse("2026-10-25T02:30")));
      SendPlan plan = SendPlanner.plan(request(List.of(gap, overlap), List.of(ANNA), List.of(), List.of(), List.of(),
          "2026-03-01T00:00:00Z", "2026-11-01T00:00:00Z"));
      assertThat(plan.planned()).extracting(PlannedSend::at)
          .containsExactly(Instant.parse("2026-03-29T01:30:00Z"), Instant.parse("2026-10-25T00:30:00Z"));
    }
  }

  @Nested
  @DisplayName("windows and quiet hours")
  class QuietAndWindows {
    private final SendStep late = SendStep.of("late", SPRING, "email", SendSchedule.atLocal(LocalDateTime.parse("2026-03-02T22:00")));

    @Test
    void quiet_hours_with_defer_move_the_send_to_their_end_and_say_so() {
      SendPlan plan = SendPlanner.plan(request(List.of(late.withQuietHours(QuietHours.of("21:00", "08:00", QuietHours.Policy.DEFER))),
          List.of(ANNA), List.of(), List.of(), List.of(), "2026-03-01T00:00:00Z", "2026-03-04T00:00:00Z"));
      PlannedSend p = plan.planned().get(0);
      assertThat(localOf(p)).isEqualTo(LocalDateTime.parse("2026-03-03T08:00"));
      assertThat(p.deferred()).isTrue();
      assertThat(plan.deferred()).containsExactly(p);
      assertThat(p.reasons()).last().asString().contains("quiet hours 21:00–08:00").contains("deferred to 2026-03-03T08:00");
      assertThat(p.key()).isEqualTo(JobKey.of("late", "contact:anna", Instant.parse("2026-03-02T21:00:00Z")));
    }

    @Test
    void quiet_hours_with_drop_report_the_drop() {
      SendPlan plan = SendPlanner.plan(request(List.of(late.withQuietHours(QuietHours.of("21:00", "08:00", QuietHours.Policy.DROP))),
          List.of(ANNA), List.of(), List.of(), List.of(), "2026-03-01T00:00:00Z", "2026-03-04T00:00:00Z"));
      assertThat(plan.planned()).isEmpty();
      assertThat(plan.dropped()).singleElement().satisfies(d -> {
        assertThat(d.reason()).isEqualTo(DroppedSend.Reason.QUIET_HOURS);
        assertThat(d.detail()).contains("policy DROP").contains("22:00");
      });
    }

    @Test
    void a_send_outside_the_window_moves_to_the_next_window_start() {
      SendStep early = SendStep.of("early", SPRING, "sms", SendSchedule.atLocal(LocalDateTime.parse("2026-03-02T06:15")))
          .withWindow(SendWindow.of("09:00", "17:00"));
      SendPlan plan = SendPlanner.plan(request(List.of(early), List.of(ANNA), List.of(), List.of(), List.of(),
          "2026-03-01T00:00:00Z", "2026-03-04T00:00:00Z"));
      assertThat(localOf(plan.planned().get(0))).isEqualTo(LocalDateTime.parse("2026-03-02T09:00"));
    }

    @Test
    void a_window_inside_the_quiet_hours_drops_with_no_allowed_time() {
      SendStep impossible = late.withWindow(SendWindow.of("22:00", "23:00")).withQuietHours(QuietHours.of("21:00", "08:00", QuietHours.Policy.DEFER));
      SendPlan plan = SendPlanner.plan(request(List.of(impossible), List.of(ANNA), List.of(), List.of(), List.of(),
          "2026-03-01T00:00:00Z", "2026-03-04T00:00:00Z"));
      assertThat(plan.dropped()).extracting(DroppedSend::reason).containsExactly(DroppedSend.Reason.NO_ALLOWED_TIME);
    }
  }

  @Nested
  @DisplayName("frequency caps and priorities")
  class Caps {
    private SendStep at(String id, String local, int priority) {
      return SendStep.of(id, SPRING, "email", SendSchedule.atLocal(LocalDateTime.parse(local))).withPriority(priority);
    }

    @Test
    void a_calendar_day_cap_counts_days_in_the_recipients_zone() {
      // 23:30 and 00:30 Berlin are two local days although both are 2026-03-02 in UTC
      SendPlan plan = SendPlanner.plan(request(
          List.of(at("a", "2026-03-02T23:30", 0), at("b", "2026-03-03T00:30", 0), at("c", "2026-03-03T10:00", 0)),
          List.of(ANNA), List.of(), List.of(FrequencyCap.perCalendarDay("email", 1)), List.of(),
          "2026-03-01T00:00:00Z", "2026-03-05T00:00:00Z"));
      assertThat(plan.planned()).extracting(PlannedSend::stepId).containsExactly("a", "b");
      assertThat(plan.dropped()).singleElement().satisfies(d -> {
        assertThat(d.stepId()).isEqualTo("c");
        assertThat(d.reason()).isEqualTo(DroppedSend.Reason.FREQUENCY_CAP);
      });
    }

    @Test
    void when_caps_collide_the_higher_priority_wins_even_if_later() {
      SendPlan plan = SendPlanner.plan(request(
          List.of(at("newsletter", "2026-03-02T09:00", 1), at("offer", "2026-03-02T15:00", 5)),
          List.of(ANNA), List.of(), List.of(FrequencyCap.perCalendarDay("email", 1)), List.of(),
          "2026-03-01T00:00:00Z", "2026-03-05T00:00:00Z"));
      assertThat(plan.planned()).extracting(PlannedSend::stepId).containsExactly("offer");
      assertThat(plan.dropped()).extracting(DroppedSend::stepId).containsExactly("newsletter");
    }

    @Test
    void messages_already_sent_by_other_campaigns_count_in_a_rolling_window() {
      SentMessage yesterday = new SentMessage(RecordRef.parse("contact:anna"), "email", Instant.parse("2026-03-01T20:00:00Z"));
      SendPlan plan = SendPlanner.plan(request(
          List.of(at("soon", "2026-03-02T09:00", 0), at("later", "2026-03-02T22:00", 0)),
          List.of(ANNA), List.of(yesterday), List.of(FrequencyCap.rolling("email", 1, Duration.ofHours(24))), List.of(),
          "2026-03-01T00:00:00Z", "2026-03-05T00:00:00Z"));
      assertThat(plan.planned()).extracting(PlannedSend::stepId).containsExactly("later");
      assertThat(plan.dropped()).extracting(DroppedSend::stepId).containsExactly("soon");
    }
  }

  @Test
  void throttling_spreads_sends_over_seconds() {
    List<Recipient> five = List.of(Recipient.of("contact:1", "UTC"), Recipient.of("contact:2", "UTC"),
        Recipient.of("contact:3", "UTC"), Recipient.of("contact:4", "UTC"), Recipient.of("contact:5", "UTC"));
    SendStep blast = SendStep.of("blast", SPRING, "sms", SendSchedule.at(Instant.parse("2026-03-02T10:00:00Z")));
    SendPlan plan = SendPlanner.plan(request(List.of(blast), five, List.of(), List.of(), List.of(new Throttle("sms", 2)),
        "2026-03-01T00:00:00Z", "2026-03-05T00:00:00Z"));
    assertThat(plan.planned()).extracting(p -> p.at().getEpochSecond() - Instant.parse("2026-03-02T10:00:00Z").getEpochSecond())
        .containsExactly(0L, 0L, 1L, 1L, 2L);
    assertThat(plan.planned()).extracting(PlannedSend::nominal).containsOnly(Instant.parse("2026-03-02T10:00:00Z"));
  }

  @Test
  void fires_before_now_or_at_the_horizon_are_not_planned_and_bad_rules_are_refused() {
    SendStep daily = SendStep.of("d", SPRING, "email", SendSchedule.recurring(LocalDateTime.parse("2026-03-01T12:00"), "RRULE:FREQ=DAILY;COUNT=3"));
    SendPlan plan = SendPlanner.plan(request(List.of(daily), List.of(Recipient.of("lead:7", "UTC")), List.of(), List.of(), List.of(),
        "2026-03-01T12:00:01Z", "2026-03-03T12:00:00Z"));
    assertThat(plan.planned()).extracting(PlannedSend::at).containsExactly(Instant.parse("2026-03-02T12:00:00Z"));
    assertThatThrownBy(() -> SendSchedule.recurring(LocalDateTime.parse("2026-03-01T12:00"), "FREQ=MINUTELY"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("at most hourly");
    assertThatThrownBy(() -> SendSchedule.recurring(LocalDateTime.parse("2026-03-01T12:00"), "FREQ=SOMETIMES"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("not a valid RFC 5545 RRULE");
    assertThatThrownBy(() -> new SendWindow(LocalTime.NOON, LocalTime.NOON)).isInstanceOf(ValidationException.class);
  }
}
