package io.crmkit.testkit.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.marketing.schedule.Claim;
import io.crmkit.marketing.schedule.FailureOutcome;
import io.crmkit.marketing.schedule.Job;
import io.crmkit.marketing.schedule.JobKey;
import io.crmkit.marketing.schedule.JobState;
import io.crmkit.marketing.schedule.JobStore;
import io.crmkit.marketing.schedule.Lease;
import io.crmkit.marketing.schedule.NewJob;
import io.crmkit.marketing.schedule.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The conformance kit of {@link JobStore} as jqwik properties: random schedules run by several simulated
 * workers that complete, fail, heartbeat or crash between claim and completion (a crashed worker's lease
 * expires, another worker claims the job, and the crashed one wakes up later and tries to complete). After
 * every call the store must agree with a model of the contract: no job completed twice, none lost, attempts
 * and dead letters counted right, every claim at or after its due time, earliest first, backoff capped.
 * An adapter's test extends it exactly like {@link JobStoreConformance}:
 *
 * <pre>{@code
 * class JdbcJobStoreProperties extends JobStoreProperties {
 *   @Override protected JobStore createStore(TenantId tenant, Clock clock, RetryPolicy retry) { ... }
 * }
 * }</pre>
 *
 * <p>Every try works in a fresh tenant with a fresh {@link JobStoreClock}, so a durable store may keep the
 * jobs of earlier tries.
 */
public abstract class JobStoreProperties {
  private static final String RUN = Long.toString(System.nanoTime() & 0xFFFFFFFFL, 36);
  private static final AtomicLong SEQUENCE = new AtomicLong();
  private static final Duration LEASE = Duration.ofSeconds(30);
  private static final int MAX_STEPS = 5_000;

  /** A job store of {@code tenant} on {@code clock} and {@code retry}; the same factory as {@link JobStoreConformance}'s. */
  protected abstract JobStore createStore(TenantId tenant, Clock clock, RetryPolicy retry);

  /** What a worker does with a claim. */
  public enum Outcome {
    /** Completes it. */
    COMPLETE,
    /** Reports a failure. */
    FAIL,
    /** Dies holding the lease; wakes up much later and tries to complete. */
    CRASH,
    /** Extends the lease, then completes. */
    HEARTBEAT_THEN_COMPLETE
  }

  /**
   * One random run: jobs due at {@code dueOffsets} (ms from the start), a retry policy, and the cycles of
   * outcomes, claim limits and clock advances (ms) the workers go through.
   */
  public record Schedule(
      List<Integer> dueOffsets, RetryPolicy policy, List<Outcome> outcomes, List<Integer> limits, List<Integer> advances) {}

  private static TenantId freshTenant() {
    return TenantId.of("jobprops-" + RUN + "-" + SEQUENCE.incrementAndGet());
  }

  /** Job keys: Unicode text of up to 40 characters, printable ASCII, Latin-1, CJK, and astral symbols. */
  static Arbitrary<String> keyTexts() {
    Arbitrary<String> base = Arbitraries.strings()
        .withCharRange('!', '~').withCharRange('À', 'ÿ').withCharRange('一', '龥').ofMinLength(1).ofMaxLength(36);
    return Combinators.combine(base, Arbitraries.of("", "🚀", "𝄞", "|"))
        .as(String::concat);
  }

  @Provide
  Arbitrary<Schedule> schedules() {
    Arbitrary<RetryPolicy> policies = Combinators.combine(
            Arbitraries.integers().between(1, 4),
            Arbitraries.integers().between(1, 20),
            Arbitraries.integers().between(0, 60),
            Arbitraries.of(1.0, 1.5, 2.0, 3.0),
            Arbitraries.of(0.0, 0.1, 0.5))
        .as((attempts, initial, extra, multiplier, jitter) -> new RetryPolicy(
            attempts, Duration.ofSeconds(initial), Duration.ofSeconds(initial + extra), multiplier, jitter));
    return Combinators.combine(
            Arbitraries.integers().between(0, 120_000).list().ofMinSize(0).ofMaxSize(18),
            policies,
            Arbitraries.of(Outcome.class).list().ofMinSize(1).ofMaxSize(12),
            Arbitraries.integers().between(1, 6).list().ofMinSize(1).ofMaxSize(4),
            Arbitraries.integers().between(0, 90_000).list().ofMinSize(1).ofMaxSize(6))
        .as(Schedule::new);
  }

  /** What the contract says a job's state is, kept beside the store. */
  private static final class Expected {
    JobState state = JobState.PENDING;
    int attempts;
    long token = -1;
    Instant readyAt;
    final Set<Long> tokens = new HashSet<>();
    int completions;

    Expected(Instant dueAt) {
      this.readyAt = dueAt;
    }

    boolean open() {
      return state == JobState.PENDING || state == JobState.CLAIMED;
    }
  }

  private record Zombie(Claim claim, String worker) {}

  @Property(tries = 100)
  void randomSchedulesWithCrashesKeepTheContract(@ForAll("schedules") Schedule schedule) {
    TenantId tenant = freshTenant();
    JobStoreClock clock = new JobStoreClock(JobStoreConformance.START);
    RetryPolicy policy = schedule.policy();
    JobStore store = createStore(tenant, clock, policy);
    Map<JobKey, Expected> model = new LinkedHashMap<>();
    for (int i = 0; i < schedule.dueOffsets().size(); i++) {
      NewJob job = new NewJob(tenant, new JobKey("job-" + i + "-ü"),
          clock.instant().plusMillis(schedule.dueOffsets().get(i)), Map.of("n", Integer.toString(i)));
      assertThat(store.enqueue(job)).isTrue();
      model.put(job.key(), new Expected(job.dueAt()));
    }
    List<Zombie> zombies = new ArrayList<>();
    int outcomeIndex = 0;
    int step = 0;
    while (model.values().stream().anyMatch(Expected::open)) {
      assertThat(step).as("the run must drain within %s steps", MAX_STEPS).isLessThan(MAX_STEPS);
      String worker = "worker-" + (step % 3);
      int limit = schedule.limits().get(step % schedule.limits().size());
      List<Claim> claims = claimAndCheck(store, clock, policy, model, worker, limit);
      for (Claim c : claims) {
        Outcome outcome = schedule.outcomes().get(outcomeIndex++ % schedule.outcomes().size());
        switch (outcome) {
          case COMPLETE -> complete(store, model, c);
          case FAIL -> fail(store, clock, policy, model, c, "failure at step " + step + " ✗");
          case CRASH -> zombies.add(new Zombie(c, worker));
          case HEARTBEAT_THEN_COMPLETE -> {
            Optional<Lease> extended = store.heartbeat(c.key(), c.lease(), LEASE.multipliedBy(2));
            Expected e = model.get(c.key());
            assertThat(extended).as("heartbeat of the current lease").isPresent();
            assertThat(extended.orElseThrow().token()).isEqualTo(c.lease().token());
            assertThat(extended.orElseThrow().expiresAt()).isEqualTo(clock.instant().plus(LEASE.multipliedBy(2)));
            e.readyAt = extended.orElseThrow().expiresAt();
            complete(store, model, new Claim(c.job(), extended.orElseThrow()));
          }
        }
      }
      if (step % 4 == 3 && !zombies.isEmpty()) {
        // crashed workers wake up and try to finish what they held: only a still-current lease may
        Zombie z = zombies.remove(0);
        complete(store, model, z.claim());
      }
      int advance = schedule.advances().get(step % schedule.advances().size());
      clock.advance(Duration.ofMillis(step % 5 == 4 ? advance + LEASE.toMillis() + policy.maxBackoff().toMillis() : advance));
      assertThat(store.openCount()).as("open jobs").isEqualTo(model.values().stream().filter(Expected::open).count());
      step++;
    }
    for (Zombie z : zombies) {
      assertThat(store.complete(z.claim().key(), z.claim().lease())).as("a crashed worker's late completion of a closed job").isFalse();
    }
    List<JobKey> dead = new ArrayList<>();
    for (Map.Entry<JobKey, Expected> entry : model.entrySet()) {
      Expected e = entry.getValue();
      Job job = store.find(entry.getKey()).orElseThrow();
      assertThat(job.state()).as("final state of %s", entry.getKey()).isEqualTo(e.state).isIn(JobState.COMPLETED, JobState.DEAD);
      assertThat(job.attempts()).as("attempts of %s", entry.getKey()).isEqualTo(e.attempts).isBetween(1, policy.maxAttempts());
      assertThat(e.completions).as("completions of %s", entry.getKey()).isEqualTo(e.state == JobState.COMPLETED ? 1 : 0);
      if (e.state == JobState.DEAD) {
        assertThat(job.attempts()).isEqualTo(policy.maxAttempts());
        assertThat(job.lastError()).isPresent();
        dead.add(entry.getKey());
      }
    }
    assertThat(store.deadLetters()).extracting(Job::key).containsExactlyElementsOf(dead.stream().sorted().toList());
    assertThat(store.openCount()).isZero();
    assertThat(store.claimDue("late-worker", 100, LEASE)).isEmpty();
  }

  private static List<Claim> claimAndCheck(
      JobStore store, JobStoreClock clock, RetryPolicy policy, Map<JobKey, Expected> model, String worker, int limit) {
    Instant now = clock.instant();
    Map<JobKey, Expected> claimable = new HashMap<>();
    Map<JobKey, Expected> exhausted = new HashMap<>();
    model.forEach((k, e) -> {
      if (e.open() && !e.readyAt.isAfter(now)) {
        (e.state == JobState.CLAIMED && e.attempts >= policy.maxAttempts() ? exhausted : claimable).put(k, e);
      }
    });
    List<Claim> claims = store.claimDue(worker, limit, LEASE);
    assertThat(claims.size()).as("claims of limit %s", limit).isLessThanOrEqualTo(limit);
    Set<JobKey> claimed = new HashSet<>();
    Instant latestClaimed = Instant.MIN;
    for (Claim c : claims) {
      Expected e = claimable.get(c.key());
      assertThat(e).as("%s claimed at %s must be claimable (due, or its lease expired, attempts left)", c.key(), now).isNotNull();
      assertThat(claimed.add(c.key())).as("%s claimed twice in one call", c.key()).isTrue();
      assertThat(c.attempt()).as("attempt of %s", c.key()).isEqualTo(e.attempts + 1);
      assertThat(e.tokens.add(c.lease().token())).as("a new lease token for %s", c.key()).isTrue();
      assertThat(c.lease().worker()).isEqualTo(worker);
      assertThat(c.lease().expiresAt()).isEqualTo(now.plus(LEASE));
      assertThat(c.job().state()).isEqualTo(JobState.CLAIMED);
      latestClaimed = e.readyAt.isAfter(latestClaimed) ? e.readyAt : latestClaimed;
    }
    for (Map.Entry<JobKey, Expected> left : claimable.entrySet()) {
      if (!claimed.contains(left.getKey())) {
        assertThat(claims.size()).as("%s was claimable but not claimed, under the limit", left.getKey()).isEqualTo(limit);
        assertThat(left.getValue().readyAt).as("%s left behind later ones: earliest first", left.getKey()).isAfterOrEqualTo(latestClaimed);
      }
    }
    for (Claim c : claims) {
      Expected e = claimable.get(c.key());
      e.state = JobState.CLAIMED;
      e.attempts++;
      e.token = c.lease().token();
      e.readyAt = c.lease().expiresAt();
    }
    for (Map.Entry<JobKey, Expected> x : exhausted.entrySet()) {
      Job now2 = store.find(x.getKey()).orElseThrow();
      Expected e = x.getValue();
      if (now2.state() == JobState.DEAD) {
        assertThat(now2.attempts()).isEqualTo(policy.maxAttempts());
        assertThat(now2.lastError()).as("a dead execution's dead letter says why").isPresent();
        e.state = JobState.DEAD;
      } else {
        assertThat(claims.size()).as("%s used its attempts and its lease expired: a dead letter unless the limit was hit", x.getKey())
            .isEqualTo(limit);
        assertThat(now2.state()).isEqualTo(JobState.CLAIMED);
        assertThat(now2.lease().orElseThrow().token()).isEqualTo(e.token);
      }
    }
    return claims;
  }

  private static void complete(JobStore store, Map<JobKey, Expected> model, Claim c) {
    Expected e = model.get(c.key());
    boolean current = e.state == JobState.CLAIMED && e.token == c.lease().token();
    assertThat(store.complete(c.key(), c.lease())).as("complete %s with token %s", c.key(), c.lease().token()).isEqualTo(current);
    if (current) {
      e.state = JobState.COMPLETED;
      e.completions++;
    }
  }

  private static void fail(JobStore store, JobStoreClock clock, RetryPolicy policy, Map<JobKey, Expected> model, Claim c, String error) {
    Expected e = model.get(c.key());
    FailureOutcome outcome = store.fail(c.key(), c.lease(), error);
    if (e.attempts >= policy.maxAttempts()) {
      assertThat(outcome).isEqualTo(new FailureOutcome.DeadLettered(c.key(), e.attempts, error));
      e.state = JobState.DEAD;
      return;
    }
    assertThat(outcome).isInstanceOf(FailureOutcome.RetryScheduled.class);
    FailureOutcome.RetryScheduled retry = (FailureOutcome.RetryScheduled) outcome;
    assertThat(retry.attempts()).isEqualTo(e.attempts);
    assertBackoff(policy, e.attempts, Duration.between(clock.instant(), retry.retryAt()));
    e.state = JobState.PENDING;
    e.readyAt = retry.retryAt();
    Job stored = store.find(c.key()).orElseThrow();
    assertThat(stored.dueAt()).isEqualTo(retry.retryAt());
    assertThat(stored.lastError()).contains(error);
  }

  /** The delay after {@code failedAttempt}: the capped backoff, less at most {@code jitter} of it, never above maxBackoff. */
  static void assertBackoff(RetryPolicy policy, int failedAttempt, Duration delay) {
    long capped = policy.cappedBackoff(failedAttempt).toMillis();
    long leastMillis = capped - (long) Math.ceil(capped * policy.jitter());
    assertThat(delay).as("backoff after attempt %s under %s", failedAttempt, policy)
        .isLessThanOrEqualTo(Duration.ofMillis(capped))
        .isLessThanOrEqualTo(policy.maxBackoff())
        .isGreaterThanOrEqualTo(Duration.ofMillis(leastMillis));
  }

  @Provide
  Arbitrary<List<NewJob>> enqueues() {
    TenantId placeholder = TenantId.of("placeholder");
    Arbitrary<NewJob> job = Combinators.combine(
            Arbitraries.oneOf(keyTexts(), Arbitraries.of("dup-a", "dup-b", "日本-dup")),
            Arbitraries.longs().between(-86_400_000_000_000L, 86_400_000_000_000L),
            Arbitraries.maps(keyTexts(), keyTexts()).ofMaxSize(4))
        .as((key, nanos, payload) -> new NewJob(placeholder, new JobKey(key), JobStoreConformance.START.plusNanos(nanos), payload));
    return job.list().ofMinSize(0).ofMaxSize(30);
  }

  @Property(tries = 100)
  void enqueueStoresTheFirstOfEachKeyExactly(@ForAll("enqueues") List<NewJob> generated) {
    TenantId tenant = freshTenant();
    JobStore store = createStore(tenant, new JobStoreClock(JobStoreConformance.START), JobStoreConformance.POLICY);
    Map<JobKey, NewJob> first = new LinkedHashMap<>();
    for (NewJob g : generated) {
      NewJob job = new NewJob(tenant, g.key(), g.dueAt(), g.payload());
      boolean isFirst = first.putIfAbsent(job.key(), job) == null;
      assertThat(store.enqueue(job)).as("enqueue %s", job.key()).isEqualTo(isFirst);
    }
    for (NewJob job : first.values()) {
      assertThat(store.find(job.key())).contains(Job.pending(job));
    }
    assertThat(store.openCount()).isEqualTo(first.size());
    List<JobKey> dueByNow = first.values().stream()
        .filter(j -> !j.dueAt().isAfter(JobStoreConformance.START))
        .sorted(Comparator.comparing(NewJob::dueAt))
        .map(NewJob::key)
        .toList();
    List<Claim> claims = store.claimDue("w", Math.max(1, first.size()), LEASE);
    assertThat(claims).extracting(Claim::key).containsExactlyInAnyOrderElementsOf(dueByNow);
    assertThat(claims).extracting(c -> c.job().dueAt()).isSorted();
  }

  @Provide
  Arbitrary<RetryPolicy> policies() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 9),
            Arbitraries.longs().between(1, 120_000),
            Arbitraries.longs().between(0, 3_600_000),
            Arbitraries.doubles().between(1.0, 4.0).ofScale(2),
            Arbitraries.doubles().between(0.0, 0.9).ofScale(2))
        .as((attempts, initial, extra, multiplier, jitter) -> new RetryPolicy(
            attempts, Duration.ofMillis(initial), Duration.ofMillis(initial + extra), multiplier, jitter));
  }

  @Property(tries = 100)
  void failuresBackOffCappedAndDeadLetterOnTheLastAttempt(@ForAll("policies") RetryPolicy policy) {
    TenantId tenant = freshTenant();
    JobStoreClock clock = new JobStoreClock(JobStoreConformance.START);
    JobStore store = createStore(tenant, clock, policy);
    JobKey key = new JobKey("always-fails");
    store.enqueue(new NewJob(tenant, key, clock.instant(), Map.of()));
    for (int attempt = 1; attempt <= policy.maxAttempts(); attempt++) {
      List<Claim> claims = store.claimDue("w", 5, LEASE);
      assertThat(claims).extracting(Claim::attempt).containsExactly(attempt);
      FailureOutcome outcome = store.fail(key, claims.get(0).lease(), "attempt " + attempt);
      if (attempt == policy.maxAttempts()) {
        assertThat(outcome).isEqualTo(new FailureOutcome.DeadLettered(key, attempt, "attempt " + attempt));
      } else {
        Instant retryAt = ((FailureOutcome.RetryScheduled) outcome).retryAt();
        assertBackoff(policy, attempt, Duration.between(clock.instant(), retryAt));
        if (retryAt.isAfter(clock.instant())) {
          clock.setTo(retryAt.minusNanos(1));
          assertThat(store.claimDue("w", 5, LEASE)).as("not before the retry time").isEmpty();
        }
        clock.setTo(retryAt);
      }
    }
    assertThat(store.deadLetters()).extracting(Job::attempts).containsExactly(policy.maxAttempts());
    assertThat(store.openCount()).isZero();
  }
}
