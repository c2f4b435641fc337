package io.crmkit.marketing.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Random interleavings of claim, crash (a worker forgets its claim), lease expiry, heartbeat, failure and
 * completion: no job is completed twice and none is lost.
 */
class JobStoreCrashProperties {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Instant T0 = Instant.parse("2026-03-29T00:30:00Z");

  enum Kind { CLAIM, CRASH, EXPIRE, HEARTBEAT, COMPLETE, FAIL, REENQUEUE }

  record Step(Kind kind, int worker, int pick) {}

  @Provide
  Arbitrary<List<Step>> interleavings() {
    Arbitrary<Step> step = Combinators.combine(
            Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 50))
        .as(Step::new);
    return step.list().ofMinSize(5).ofMaxSize(80);
  }

  @Property(tries = 150)
  void no_job_is_completed_twice_and_none_is_lost(
      @ForAll("interleavings") List<Step> steps, @ForAll @IntRange(min = 1, max = 12) int jobCount,
      @ForAll @IntRange(min = 1, max = 4) int maxAttempts, @ForAll long seed) {
    MutableClock clock = new MutableClock(T0);
    RetryPolicy retry = new RetryPolicy(maxAttempts, Duration.ofSeconds(5), Duration.ofSeconds(40), 2.0, 0.5);
    InMemoryJobStore store = new InMemoryJobStore(ACME, clock, retry, new SplittableRandom(seed));
    List<NewJob> enqueued = new ArrayList<>();
    for (int i = 0; i < jobCount; i++) {
      Instant nominal = T0.plusSeconds(i % 3);
      NewJob job = new NewJob(ACME, JobKey.of("step", "contact:" + i, nominal), nominal, Map.of());
      enqueued.add(job);
      store.enqueue(job);
    }
    Map<JobKey, Integer> completions = new HashMap<>();
    // the newest lease handed out per job: only its holder may complete (a fenced, stale worker may not)
    Map<JobKey, Long> newestToken = new HashMap<>();
    List<List<Claim>> held = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (Step s : steps) {
      List<Claim> mine = held.get(s.worker());
      switch (s.kind()) {
        case CLAIM -> {
          List<Claim> got = store.claimDue("w" + s.worker(), 1 + s.pick() % 4, Duration.ofSeconds(30));
          got.forEach(c -> newestToken.put(c.key(), c.lease().token()));
          mine.addAll(got);
        }
        case CRASH -> mine.clear();
        case EXPIRE -> clock.advance(Duration.ofSeconds(s.pick()));
        case HEARTBEAT -> {
          if (!mine.isEmpty()) {
            Claim c = mine.get(s.pick() % mine.size());
            store.heartbeat(c.key(), c.lease(), Duration.ofSeconds(30))
                .ifPresent(l -> mine.set(mine.indexOf(c), new Claim(c.job(), l)));
          }
        }
        case COMPLETE -> {
          if (!mine.isEmpty()) {
            Claim c = mine.remove(s.pick() % mine.size());
            if (store.complete(c.key(), c.lease())) {
              assertThat(c.lease().token()).as("completed by a stale lease").isEqualTo(newestToken.get(c.key()));
              completions.merge(c.key(), 1, Integer::sum);
            }
          }
        }
        case FAIL -> {
          if (!mine.isEmpty()) {
            Claim c = mine.remove(s.pick() % mine.size());
            store.fail(c.key(), c.lease(), "transient");
          }
        }
        case REENQUEUE -> assertThat(store.enqueue(enqueued.get(s.pick() % enqueued.size()))).isFalse();
      }
    }
    // recovery: all workers crash; a fresh worker drains whatever is still open
    for (int round = 0; round < 200 && store.openCount() > 0; round++) {
      clock.advance(Duration.ofMinutes(2));
      for (Claim c : store.claimDue("recovery", 100, Duration.ofSeconds(30))) {
        if (store.complete(c.key(), c.lease())) {
          completions.merge(c.key(), 1, Integer::sum);
        }
      }
    }
    assertThat(completions.values()).allMatch(n -> n == 1);
    for (NewJob job : enqueued) {
      Job stored = store.find(job.key()).orElseThrow();
      assertThat(stored.state()).isIn(JobState.COMPLETED, JobState.DEAD);
      assertThat(completions.containsKey(job.key())).isEqualTo(stored.state() == JobState.COMPLETED);
      assertThat(stored.attempts()).isLessThanOrEqualTo(maxAttempts);
    }
    assertThat(store.deadLetters()).allMatch(j -> j.lastError().isPresent());
  }
}
