package io.crmkit.benchmarks.marketing;

import io.crmkit.core.RecordRef;
import io.crmkit.marketing.campaign.CampaignId;
import io.crmkit.marketing.schedule.DstPolicy;
import io.crmkit.marketing.schedule.FrequencyCap;
import io.crmkit.marketing.schedule.PlanRequest;
import io.crmkit.marketing.schedule.QuietHours;
import io.crmkit.marketing.schedule.Recipient;
import io.crmkit.marketing.schedule.SendPlan;
import io.crmkit.marketing.schedule.SendPlanner;
import io.crmkit.marketing.schedule.SendSchedule;
import io.crmkit.marketing.schedule.SendStep;
import io.crmkit.marketing.schedule.SendWindow;
import io.crmkit.marketing.schedule.SentMessage;
import io.crmkit.marketing.schedule.Throttle;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Plans one day for 1,000,000 recipients in 16 IANA zones: a daily 09:00 local e-mail (send window
 * 08:00–20:00, quiet hours 21:00–08:00 deferred, priority 1), a one-off e-mail offer at 20:30 local (quiet
 * hours 20:00–09:00, dropped, priority 5), and a one-off SMS at 12:00 UTC throttled to 2,000/s; caps e-mail
 * 1 per local calendar day and SMS 1 per rolling 24 h, with 200,000 messages already sent (seed 42).
 * Target: ≤ 5 s per plan.
 *
 * <p>{@code java -jar crm-benchmarks/target/benchmarks.jar SendPlanning -f 1 -wi 1 -i 3}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@State(Scope.Benchmark)
public class SendPlanningBenchmark {
  static final int RECIPIENTS = 1_000_000;
  static final int SENT = 200_000;
  static final String[] ZONES = {
      "Europe/Berlin", "Europe/London", "Europe/Lisbon", "Europe/Helsinki", "America/New_York", "America/Chicago",
      "America/Denver", "America/Los_Angeles", "America/Sao_Paulo", "Asia/Kolkata", "Asia/Tokyo", "Asia/Singapore",
      "Australia/Sydney", "Pacific/Auckland", "Africa/Johannesburg", "UTC"};

  PlanRequest request;

  /** Builds recipients, the sent log and the steps. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    Instant now = Instant.parse("2026-03-28T00:00:00Z");
    List<Recipient> recipients = new ArrayList<>(RECIPIENTS);
    for (int i = 0; i < RECIPIENTS; i++) {
      recipients.add(new Recipient(new RecordRef("contact", "c" + i), ZoneId.of(ZONES[random.nextInt(ZONES.length)])));
    }
    List<SentMessage> sent = new ArrayList<>(SENT);
    for (int i = 0; i < SENT; i++) {
      sent.add(new SentMessage(recipients.get(random.nextInt(RECIPIENTS)).ref(), random.nextBoolean() ? "email" : "sms",
          now.minusSeconds(random.nextInt(36 * 3600))));
    }
    CampaignId spring = new CampaignId("spring");
    List<SendStep> steps = List.of(
        SendStep.of("daily-tips", spring, "email", SendSchedule.recurring(LocalDateTime.parse("2026-03-01T09:00"), "FREQ=DAILY"))
            .withPriority(1).withWindow(SendWindow.of("08:00", "20:00"))
            .withQuietHours(QuietHours.of("21:00", "08:00", QuietHours.Policy.DEFER)),
        SendStep.of("evening-offer", spring, "email", SendSchedule.atLocal(LocalDateTime.parse("2026-03-28T20:30")))
            .withPriority(5).withQuietHours(QuietHours.of("20:00", "09:00", QuietHours.Policy.DROP)),
        SendStep.of("sms-reminder", spring, "sms", SendSchedule.at(Instant.parse("2026-03-28T12:00:00Z"))));
    request = new PlanRequest(steps, recipients, sent,
        List.of(FrequencyCap.perCalendarDay("email", 1), FrequencyCap.rolling("sms", 1, Duration.ofHours(24))),
        List.of(new Throttle("sms", 2_000)), DstPolicy.STANDARD, now, now.plus(Duration.ofDays(1)));
  }

  /** One plan of the whole population. */
  @Benchmark
  public SendPlan plan() {
    return SendPlanner.plan(request);
  }
}
