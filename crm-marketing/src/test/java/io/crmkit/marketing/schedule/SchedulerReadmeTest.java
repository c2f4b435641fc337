package io.crmkit.marketing.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.marketing.campaign.CampaignId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Runs the snippet of crm-marketing/README.md, section "Scheduler and job store", as printed there. */
class SchedulerReadmeTest {
  @Test
  void the_readme_snippet_plans_enqueues_once_and_delivers() {
    List<String> delivered = new ArrayList<>();
    // --- snippet: scheduler ---
    TenantId tenant = TenantId.of("acme");
    Clock clock = Clock.fixed(Instant.parse("2026-03-28T06:00:00Z"), ZoneOffset.UTC);
    SendStep daily = SendStep.of("tips", new CampaignId("spring"), "email",
            SendSchedule.recurring(LocalDateTime.parse("2026-03-01T09:00"), "FREQ=DAILY"))
        .withWindow(SendWindow.of("08:00", "20:00"))
        .withQuietHours(QuietHours.of("21:00", "08:00", QuietHours.Policy.DEFER));
    PlanRequest request = new PlanRequest(List.of(daily),
        List.of(Recipient.of("contact:anna", "Europe/Berlin"), Recipient.of("lead:bo", "America/New_York")),
        List.of(), List.of(FrequencyCap.perCalendarDay("email", 1)), List.of(new Throttle("email", 100)),
        DstPolicy.STANDARD, clock.instant(), clock.instant().plus(Duration.ofDays(2)));
    SendPlan plan = SendPlanner.plan(request);

    JobStore jobs = new InMemoryJobStore(tenant, clock, RetryPolicy.ofDefaults(), new SplittableRandom(1));
    plan.planned().forEach(p -> jobs.enqueue(p.toJob(tenant)));
    SendPlanner.plan(request).planned().forEach(p -> jobs.enqueue(p.toJob(tenant)));  // re-plan: no-ops
    // --- end snippet ---
    assertThat(plan.planned()).hasSize(4);
    assertThat(plan.dropped()).isEmpty();
    assertThat(jobs.openCount()).isEqualTo(4);
    // Berlin switches to summer time on 2026-03-29: 09:00 local is 08:00Z, then 07:00Z
    assertThat(plan.planned()).filteredOn(p -> p.recipient().id().equals("anna")).extracting(PlannedSend::at)
        .containsExactly(Instant.parse("2026-03-28T08:00:00Z"), Instant.parse("2026-03-29T07:00:00Z"));
    MutableClock later = new MutableClock(Instant.parse("2026-03-31T00:00:00Z"));
    JobStore store = new InMemoryJobStore(tenant, later, RetryPolicy.ofDefaults(), new SplittableRandom(1));
    plan.planned().forEach(p -> store.enqueue(p.toJob(tenant)));
    for (Claim c : store.claimDue("worker-1", 100, Duration.ofMinutes(5))) {
      delivered.add(c.job().payload().get("recipient"));
      assertThat(store.complete(c.key(), c.lease())).isTrue();
    }
    assertThat(delivered).hasSize(4).containsOnly("contact:anna", "lead:bo");
  }

  @Test
  void the_readme_prints_this_snippet() throws java.io.IOException {
    assertReadmeShows("src/test/java/io/crmkit/marketing/schedule/SchedulerReadmeTest.java", "scheduler");
  }

  /** The README must print exactly the snippet this test runs. */
  static void assertReadmeShows(String testSource, String snippet) throws java.io.IOException {
    String src = java.nio.file.Files.readString(java.nio.file.Path.of(testSource));
    String body = src.split("// --- snippet: " + snippet + " ---\n")[1].split("    // --- end snippet ---")[0];
    String dedented = body.lines().map(l -> l.length() >= 4 ? l.substring(4) : l.strip())
        .collect(java.util.stream.Collectors.joining("\n")).strip();
    org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("README.md")))
        .contains("```java\n" + dedented + "\n```");
  }
}
