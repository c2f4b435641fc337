package io.crmkit.marketing.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.RecordRef;
import io.crmkit.marketing.campaign.CampaignId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SendPlannerProperties {
  private static final List<String> ZONES = List.of(
      "Europe/Berlin", "America/New_York", "America/Sao_Paulo", "Australia/Sydney", "Australia/Lord_Howe",
      "Asia/Tehran", "Pacific/Chatham", "Asia/Kolkata", "UTC", "America/St_Johns", "Europe/London");
  private static final CampaignId C = new CampaignId("c");
  private static final Instant NOW = Instant.parse("2026-03-20T00:00:00Z");

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZONES).map(ZoneId::of);
  }

  @Provide
  Arbitrary<LocalTime> times() {
    return Combinators.combine(Arbitraries.integers().between(0, 23), Arbitraries.of(0, 15, 30, 45)).as(LocalTime::of);
  }

  @Property(tries = 150)
  void a_daily_send_is_neither_duplicated_nor_skipped_across_dst(
      @ForAll("zones") ZoneId zone, @ForAll("times") LocalTime time, @ForAll @IntRange(min = 0, max = 300) int startDay) {
    LocalDate start = LocalDate.of(2026, 1, 1).plusDays(startDay);
    SendStep daily = SendStep.of("daily", C, "email", SendSchedule.recurring(start.atTime(time), "FREQ=DAILY"));
    Instant from = start.atStartOfDay(zone).toInstant();
    Instant to = start.plusDays(60).atStartOfDay(zone).toInstant();
    SendPlan plan = SendPlanner.plan(new PlanRequest(List.of(daily), List.of(new Recipient(RecordRef.parse("contact:x"), zone)),
        List.of(), List.of(), List.of(), DstPolicy.STANDARD, from, to));
    List<LocalDateTime> locals = plan.planned().stream().map(p -> LocalDateTime.ofInstant(p.at(), zone)).toList();
    assertThat(locals).hasSize(60);
    for (int i = 0; i < 60; i++) {
      LocalDateTime local = locals.get(i);
      assertThat(local.toLocalDate()).isEqualTo(start.plusDays(i));
      boolean inGap = zone.getRules().getValidOffsets(start.plusDays(i).atTime(time)).isEmpty();
      if (inGap) {
        assertThat(local.toLocalTime()).isAfter(time);
      } else {
        assertThat(local.toLocalTime()).isEqualTo(time);
        // overlap: the first occurrence
        assertThat(plan.planned().get(i).at()).isEqualTo(start.plusDays(i).atTime(time).atZone(zone).withEarlierOffsetAtOverlap().toInstant());
      }
    }
  }

  record Scenario(List<SendStep> steps, List<Recipient> recipients, List<SentMessage> sent, List<FrequencyCap> caps, List<Throttle> throttles) {}

  @Provide
  Arbitrary<Scenario> scenarios() {
    Arbitrary<Optional<SendWindow>> windows = Combinators.combine(times(), times()).as((a, b) -> a.equals(b)
        ? Optional.<SendWindow>empty() : Optional.of(new SendWindow(a, b))).injectNull(0.0);
    Arbitrary<Optional<QuietHours>> quiet = Combinators.combine(times(), times(), Arbitraries.of(QuietHours.Policy.class))
        .as((a, b, p) -> a.equals(b) ? Optional.<QuietHours>empty() : Optional.of(new QuietHours(a, b, p)));
    Arbitrary<SendSchedule> schedules = Arbitraries.oneOf(
        Combinators.combine(Arbitraries.integers().between(0, 5), times()).as((d, t) -> SendSchedule.atLocal(LocalDate.of(2026, 3, 20 + d).atTime(t))),
        times().map(t -> SendSchedule.recurring(LocalDate.of(2026, 3, 1).atTime(t), "FREQ=DAILY")),
        Arbitraries.integers().between(2, 9).map(h -> SendSchedule.recurring(LocalDateTime.of(2026, 3, 19, 0, 0), "FREQ=HOURLY;INTERVAL=" + h)));
    Arbitrary<SendStep> steps = Combinators.combine(
            schedules, Arbitraries.of("email", "sms"), Arbitraries.integers().between(0, 3), windows.optional().map(o -> o.flatMap(x -> x)), quiet.optional().map(o -> o.flatMap(x -> x)))
        .as((s, ch, prio, w, q) -> new SendStep("s", C, ch, prio, s, w, q));
    Arbitrary<List<SendStep>> stepLists = steps.list().ofMinSize(1).ofMaxSize(4).map(l -> {
      List<SendStep> out = new ArrayList<>();
      for (int i = 0; i < l.size(); i++) {
        SendStep s = l.get(i);
        out.add(new SendStep("step" + i, s.campaign(), s.channel(), s.priority(), s.schedule(), s.window(), s.quietHours()));
      }
      return out;
    });
    Arbitrary<List<Recipient>> recipients = zones().list().ofMinSize(1).ofMaxSize(6).map(zs -> {
      List<Recipient> out = new ArrayList<>();
      for (int i = 0; i < zs.size(); i++) {
        out.add(new Recipient(RecordRef.parse("contact:" + i), zs.get(i)));
      }
      return out;
    });
    Arbitrary<SentMessage> sent = Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.of("email", "sms"),
            Arbitraries.integers().between(-48 * 60, 0))
        .as((r, ch, min) -> new SentMessage(RecordRef.parse("contact:" + r), ch, NOW.plus(Duration.ofMinutes(min))));
    Arbitrary<FrequencyCap> caps = Combinators.combine(Arbitraries.of("email", "sms"), Arbitraries.integers().between(1, 3),
            Arbitraries.oneOf(Arbitraries.just(CapPeriod.calendarDay()), Arbitraries.integers().between(1, 72).map(h -> CapPeriod.rolling(Duration.ofHours(h)))))
        .as(FrequencyCap::new);
    Arbitrary<List<Throttle>> throttles = Arbitraries.integers().between(1, 3).map(n -> new Throttle("sms", n)).list().ofMaxSize(1);
    return Combinators.combine(stepLists, recipients, sent.list().ofMaxSize(8), caps.list().ofMaxSize(3), throttles).as(Scenario::new);
  }

  @Property(tries = 200)
  void no_cap_is_exceeded_nothing_is_sent_in_quiet_hours_and_every_fire_is_accounted_for(@ForAll("scenarios") Scenario sc) {
    Instant horizon = NOW.plus(Duration.ofDays(4));
    SendPlan plan = SendPlanner.plan(new PlanRequest(sc.steps(), sc.recipients(), sc.sent(), sc.caps(), sc.throttles(), DstPolicy.STANDARD, NOW, horizon));
    Map<String, SendStep> steps = sc.steps().stream().collect(Collectors.toMap(SendStep::stepId, s -> s));
    Map<RecordRef, ZoneId> zones = sc.recipients().stream().collect(Collectors.toMap(Recipient::ref, Recipient::zone));

    Set<JobKey> keys = new HashSet<>();
    plan.planned().forEach(p -> assertThat(keys.add(p.key())).isTrue());
    plan.dropped().forEach(d -> assertThat(keys.add(d.key())).isTrue());

    for (PlannedSend p : plan.planned()) {
      SendStep step = steps.get(p.stepId());
      LocalTime local = LocalDateTime.ofInstant(p.at(), zones.get(p.recipient())).toLocalTime();
      step.quietHours().ifPresent(q -> assertThat(q.contains(local)).as("%s in quiet hours %s", p, q).isFalse());
      step.window().ifPresent(w -> assertThat(w.contains(local)).as("%s outside window %s", p, w).isTrue());
      assertThat(p.at()).isAfterOrEqualTo(p.nominal());
      assertThat(p.nominal()).isAfterOrEqualTo(NOW).isBefore(horizon);
    }
    for (Throttle t : sc.throttles()) {
      Map<Long, Long> perSecond = plan.planned().stream().filter(p -> p.channel().equals(t.channel()))
          .collect(Collectors.groupingBy(p -> p.at().getEpochSecond(), Collectors.counting()));
      assertThat(perSecond.values()).allMatch(n -> n <= t.perSecond());
    }
    for (FrequencyCap cap : sc.caps()) {
      for (Recipient r : sc.recipients()) {
        List<Instant> planned = plan.planned().stream().filter(p -> p.recipient().equals(r.ref()) && p.channel().equals(cap.channel()))
            .map(PlannedSend::at).toList();
        List<Instant> all = new ArrayList<>(planned);
        sc.sent().stream().filter(m -> m.recipient().equals(r.ref()) && m.channel().equals(cap.channel())).forEach(m -> all.add(m.at()));
        for (Instant p : planned) {
          if (cap.period() instanceof CapPeriod.Rolling rolling) {
            for (Instant s : all) {
              Instant end = s.plus(rolling.length());
              boolean holdsP = !p.isBefore(s) && p.isBefore(end);
              if (holdsP) {
                long n = all.stream().filter(e -> !e.isBefore(s) && e.isBefore(end)).count();
                assertThat(n).as("%s in window from %s", cap, s).isLessThanOrEqualTo(cap.max());
              }
            }
          } else {
            LocalDate day = LocalDate.ofInstant(p, r.zone());
            long n = all.stream().filter(e -> LocalDate.ofInstant(e, r.zone()).equals(day)).count();
            assertThat(n).as("%s on %s", cap, day).isLessThanOrEqualTo(cap.max());
          }
        }
      }
    }
    // every nominal fire in the period is either planned or dropped with a reason
    Map<String, Integer> expected = new HashMap<>();
    for (SendStep s : sc.steps()) {
      for (Recipient r : sc.recipients()) {
        expected.put(s.stepId() + "|" + r.ref(), nominalCount(s, r.zone(), horizon));
      }
    }
    Map<String, Integer> actual = new HashMap<>();
    plan.planned().forEach(p -> actual.merge(p.stepId() + "|" + p.recipient(), 1, Integer::sum));
    plan.dropped().forEach(d -> {
      actual.merge(d.stepId() + "|" + d.recipient(), 1, Integer::sum);
      assertThat(d.detail()).isNotBlank();
    });
    expected.values().removeIf(n -> n == 0);
    assertThat(actual).isEqualTo(expected);
  }

  private static int nominalCount(SendStep step, ZoneId zone, Instant horizon) {
    Set<Instant> fires = new HashSet<>();
    if (step.schedule() instanceof SendSchedule.AtLocal a) {
      fires.add(a.local().atZone(zone).toInstant());
    } else if (step.schedule() instanceof SendSchedule.Recurring r) {
      boolean daily = r.rule().contains("DAILY");
      long stepHours = daily ? 24 : Long.parseLong(r.rule().replaceAll(".*INTERVAL=(\\d+).*", "$1"));
      for (LocalDateTime t = r.start(); t.isBefore(LocalDateTime.of(2026, 4, 1, 0, 0)); t = t.plusHours(stepHours)) {
        fires.add(t.atZone(zone).toInstant());
      }
    }
    return (int) fires.stream().filter(i -> !i.isBefore(NOW) && i.isBefore(horizon)).count();
  }
}
