package io.crmkit.testkit.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit of the durable scheduler SPI {@link JobStore} in JUnit 5 examples: every job store must
 * pass it. A store's test extends it and supplies a store for a tenant, a clock and a retry policy; the kit
 * drives time through a {@link JobStoreClock}, so leases expire and backoffs elapse only when it says so.
 *
 * <pre>{@code
 * class JdbcJobStoreConformanceTest extends JobStoreConformance {
 *   @Override protected JobStore createStore(TenantId tenant, Clock clock, RetryPolicy retry) {
 *     return JdbcStore.create(dataSource, JdbcStoreConfig.custom().clock(clock).build()).jobStore(tenant, retry);
 *   }
 * }
 * }</pre>
 *
 * <p>Each test works in fresh, randomly named tenants, so a durable store may keep its jobs between tests;
 * stores made for two tenants in one test must share their backing storage (that is what the isolation checks
 * look at). {@link JobStoreProperties} checks the same contract on random schedules with crashes.
 */
public abstract class JobStoreConformance {
  /** Where the kit's clock starts: a nanosecond fraction, so stores must keep instants exactly. */
  public static final Instant START = Instant.parse("2026-03-01T09:00:00.123456789Z");

  /** The policy of most checks: three attempts, 10 s doubling up to 30 s, no jitter, so delays are exact. */
  public static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofSeconds(30), 2.0, 0.0);

  private static final String RUN = Long.toString(System.nanoTime() & 0xFFFFFFFFL, 36);
  private static final AtomicLong SEQUENCE = new AtomicLong();
  private static final Duration LEASE = Duration.ofMinutes(5);

  private @Nullable JobStoreClock clock;
  private @Nullable TenantId tenant;
  private @Nullable TenantId otherTenant;
  private @Nullable JobStore store;

  /**
   * A job store of {@code tenant} that reads the time from {@code clock} and retries by {@code retry}; stores
   * made in one test for different tenants must share their storage.
   */
  protected abstract JobStore createStore(TenantId tenant, Clock clock, RetryPolicy retry);

  @BeforeEach
  void openStore() {
    long n = SEQUENCE.incrementAndGet();
    tenant = TenantId.of("jobkit-" + RUN + "-" + n + "-a");
    otherTenant = TenantId.of("jobkit-" + RUN + "-" + n + "-b");
    clock = new JobStoreClock(START);
    store = createStore(tenant, clock, POLICY);
  }

  /** The store of {@link #tenant()} under the kit's {@link #POLICY}. */
  protected final JobStore store() {
    return java.util.Objects.requireNonNull(store, "the store is made before each test");
  }

  /** The kit's clock. */
  protected final JobStoreClock clock() {
    return java.util.Objects.requireNonNull(clock, "the clock is made before each test");
  }

  /** The tenant most checks work in. */
  protected final TenantId tenant() {
    return java.util.Objects.requireNonNull(tenant, "tenant");
  }

  /** A second tenant, for the isolation checks. */
  protected final TenantId otherTenant() {
    return java.util.Objects.requireNonNull(otherTenant, "otherTenant");
  }

  private NewJob job(String key, Duration dueIn) {
    return job(tenant(), key, dueIn, Map.of("channel", "email", "recipient", key));
  }

  private NewJob job(TenantId owner, String key, Duration dueIn, Map<String, String> payload) {
    return new NewJob(owner, new JobKey(key), clock().instant().plus(dueIn), payload);
  }

  private Claim claimOne(String worker) {
    List<Claim> claims = store().claimDue(worker, 1, LEASE);
    assertThat(claims).as("one claim of a due job by %s", worker).hasSize(1);
    return claims.get(0);
  }

  private Job stored(String key) {
    Optional<Job> job = store().find(new JobKey(key));
    assertThat(job).as("job %s is stored", key).isPresent();
    return job.orElseThrow();
  }

  @Nested
  @DisplayName("enqueue is idempotent per job key")
  class Enqueue {
    @Test
    @DisplayName("a new job is stored pending, exactly as given, at version 1")
    void storesPending() {
      NewJob job = job(tenant(), "welcome|contact:1|" + START, Duration.ofMinutes(3),
          Map.of("channel", "sms", "text", "Grüße, 日本 \uD83D\uDE80 \"quoted\" \\ back"));
      assertThat(store().enqueue(job)).isTrue();
      assertThat(store().find(job.key())).contains(Job.pending(job));
      assertThat(store().openCount()).isEqualTo(1);
    }

    @Test
    @DisplayName("a second enqueue with the key changes nothing, whatever its due time and payload")
    void secondEnqueueIsANoOp() {
      NewJob first = job("k", Duration.ofMinutes(1));
      NewJob second = job(tenant(), "k", Duration.ofHours(7), Map.of("other", "payload"));
      assertThat(store().enqueue(first)).isTrue();
      assertThat(store().enqueue(second)).isFalse();
      assertThat(store().find(first.key())).contains(Job.pending(first));
      assertThat(store().openCount()).isEqualTo(1);
    }

    @Test
    @DisplayName("a completed job is not enqueued again")
    void notAfterCompletion() {
      store().enqueue(job("done", Duration.ZERO));
      Claim c = claimOne("w1");
      assertThat(store().complete(c.key(), c.lease())).isTrue();
      assertThat(store().enqueue(job("done", Duration.ZERO))).isFalse();
      assertThat(stored("done").state()).isEqualTo(JobState.COMPLETED);
      assertThat(store().claimDue("w1", 10, LEASE)).isEmpty();
    }

    @Test
    @DisplayName("a dead letter is not enqueued again")
    void notAfterDeadLetter() {
      store().enqueue(job("dead", Duration.ZERO));
      for (int i = 0; i < POLICY.maxAttempts(); i++) {
        clock().advance(POLICY.maxBackoff());
        Claim c = claimOne("w1");
        store().fail(c.key(), c.lease(), "boom " + i);
      }
      assertThat(stored("dead").state()).isEqualTo(JobState.DEAD);
      assertThat(store().enqueue(job("dead", Duration.ZERO))).isFalse();
      assertThat(stored("dead").state()).isEqualTo(JobState.DEAD);
    }

    @Test
    @DisplayName("a job of another tenant is refused with a ValidationException naming tenantId, and not stored")
    void otherTenantRefused() {
      NewJob foreign = job(otherTenant(), "foreign", Duration.ZERO, Map.of());
      assertThatThrownBy(() -> store().enqueue(foreign))
          .isInstanceOf(ValidationException.class)
          .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("tenantId"));
      assertThat(store().find(foreign.key())).isEmpty();
      assertThat(store().openCount()).isZero();
    }

    @Test
    @DisplayName("keys of 512 characters, Unicode keys, empty and large payloads and nanosecond due times are kept")
    void edgeValues() {
      String longKey = "k".repeat(502) + "é日本\uD83D\uDE80".repeat(2);
      assertThat(longKey).hasSize(512);
      Map<String, String> big = new LinkedHashMap<>();
      for (int i = 0; i < 200; i++) {
        big.put("field-" + i + "-ä", "value ".repeat(50) + i);
      }
      List<NewJob> jobs = List.of(
          new NewJob(tenant(), new JobKey(longKey), START.plusNanos(1), Map.of()),
          new NewJob(tenant(), new JobKey("Ünïcödé|日本|\uD83D\uDE80"), START.minusSeconds(86_400 * 400), big),
          new NewJob(tenant(), new JobKey("far|future"), Instant.parse("2999-12-31T23:59:59.999999999Z"), Map.of("", "")));
      for (NewJob j : jobs) {
        assertThat(store().enqueue(j)).isTrue();
      }
      for (NewJob j : jobs) {
        assertThat(store().find(j.key())).contains(Job.pending(j));
      }
      assertThat(store().find(new JobKey("absent"))).isEmpty();
    }
  }

  @Nested
  @DisplayName("claimDue leases due jobs, earliest first")
  class Claiming {
    @Test
    @DisplayName("a job is not claimed before it is due, and is at its due time")
    void notBeforeDue() {
      store().enqueue(job("later", Duration.ofMinutes(10)));
      assertThat(store().claimDue("w1", 10, LEASE)).isEmpty();
      clock().advance(Duration.ofMinutes(10).minusNanos(1));
      assertThat(store().claimDue("w1", 10, LEASE)).isEmpty();
      clock().advance(Duration.ofNanos(1));
      assertThat(store().claimDue("w1", 10, LEASE)).extracting(Claim::key).containsExactly(new JobKey("later"));
    }

    @Test
    @DisplayName("the earliest due jobs are claimed first, up to the limit")
    void earliestFirstUpToLimit() {
      store().enqueue(job("c", Duration.ofSeconds(3)));
      store().enqueue(job("a", Duration.ofSeconds(1)));
      store().enqueue(job("d", Duration.ofSeconds(4)));
      store().enqueue(job("b", Duration.ofSeconds(2)));
      store().enqueue(job("future", Duration.ofHours(1)));
      clock().advance(Duration.ofSeconds(5));
      assertThat(store().claimDue("w1", 2, LEASE)).extracting(Claim::key).containsExactly(new JobKey("a"), new JobKey("b"));
      assertThat(store().claimDue("w2", 10, LEASE)).extracting(Claim::key).containsExactly(new JobKey("c"), new JobKey("d"));
      assertThat(store().claimDue("w3", 10, LEASE)).isEmpty();
    }

    @Test
    @DisplayName("a claim leases the job to the worker until now + leaseFor and counts an attempt")
    void claimLeases() {
      NewJob job = job("x", Duration.ZERO);
      store().enqueue(job);
      Claim c = claimOne("worker-ü");
      assertThat(c.lease().worker()).isEqualTo("worker-ü");
      assertThat(c.lease().expiresAt()).isEqualTo(START.plus(LEASE));
      assertThat(c.attempt()).isEqualTo(1);
      assertThat(c.job().payload()).isEqualTo(job.payload());
      assertThat(c.job().dueAt()).isEqualTo(job.dueAt());
      assertThat(c.job().state()).isEqualTo(JobState.CLAIMED);
      assertThat(c.job().lease()).contains(c.lease());
      Job found = stored("x");
      assertThat(found).isEqualTo(c.job());
      assertThat(found.version()).isGreaterThan(Job.pending(job).version());
      assertThat(store().openCount()).isEqualTo(1);
    }

    @Test
    @DisplayName("a job under a live lease is not claimed again")
    void liveLeaseHolds() {
      store().enqueue(job("x", Duration.ZERO));
      claimOne("w1");
      clock().advance(LEASE.minusNanos(1));
      assertThat(store().claimDue("w2", 10, LEASE)).isEmpty();
    }

    @Test
    @DisplayName("an expired lease is a dead execution: another worker claims the job with a new token")
    void expiredLeaseIsReclaimed() {
      store().enqueue(job("x", Duration.ZERO));
      Claim first = claimOne("w1");
      clock().advance(LEASE);
      Claim second = claimOne("w2");
      assertThat(second.attempt()).isEqualTo(2);
      assertThat(second.lease().token()).isNotEqualTo(first.lease().token());
      assertThat(second.lease().worker()).isEqualTo("w2");
      assertThat(store().heartbeat(first.key(), first.lease(), LEASE)).isEmpty();
      assertThat(store().complete(first.key(), first.lease())).isFalse();
      assertThat(store().fail(first.key(), first.lease(), "late")).isEqualTo(new FailureOutcome.LeaseLost(first.key()));
      assertThat(stored("x")).isEqualTo(second.job());
      assertThat(store().complete(second.key(), second.lease())).isTrue();
    }

    @Test
    @DisplayName("expired leases count as attempts: the last one makes a dead letter instead of a claim")
    void expiredLeasesUseUpAttempts() {
      store().enqueue(job("x", Duration.ZERO));
      for (int i = 1; i <= POLICY.maxAttempts(); i++) {
        assertThat(claimOne("w" + i).attempt()).isEqualTo(i);
        clock().advance(LEASE);
      }
      store().enqueue(job("y", Duration.ZERO));
      assertThat(store().claimDue("w9", 10, LEASE)).extracting(Claim::key).containsExactly(new JobKey("y"));
      Job dead = stored("x");
      assertThat(dead.state()).isEqualTo(JobState.DEAD);
      assertThat(dead.attempts()).isEqualTo(POLICY.maxAttempts());
      assertThat(dead.lease()).isEmpty();
      assertThat(dead.lastError()).isPresent();
      assertThat(store().deadLetters()).containsExactly(dead);
    }

    @Test
    @DisplayName("every claim of a job gets a token that job has not had before")
    void tokensAreNew() {
      store().enqueue(job("x", Duration.ZERO));
      store().enqueue(job("y", Duration.ZERO));
      Set<Long> tokens = new HashSet<>();
      Claim x = claimOne("w");
      tokens.add(x.lease().token());
      store().fail(x.key(), x.lease(), "again");
      Claim y = claimOne("w");
      assertThat(y.key()).isEqualTo(new JobKey("y"));
      tokens.add(y.lease().token());
      clock().advance(POLICY.maxBackoff());
      Claim x2 = claimOne("w");
      assertThat(x2.key()).isEqualTo(x.key());
      assertThat(tokens.add(x2.lease().token())).as("a new token for the second claim of x").isTrue();
    }

    @Test
    @DisplayName("bad arguments are refused: limit below 1, a lease that is not positive, no worker")
    void badArguments() {
      store().enqueue(job("x", Duration.ZERO));
      assertThatThrownBy(() -> store().claimDue("w", 0, LEASE)).isInstanceOf(ValidationException.class).hasMessageContaining("limit");
      assertThatThrownBy(() -> store().claimDue("w", 1, Duration.ZERO)).isInstanceOf(ValidationException.class).hasMessageContaining("leaseFor");
      assertThatThrownBy(() -> store().claimDue("w", 1, Duration.ofSeconds(-1))).isInstanceOf(ValidationException.class);
      assertThatThrownBy(() -> store().claimDue(nullString(), 1, LEASE)).isInstanceOf(NullPointerException.class);
      assertThat(stored("x").state()).as("nothing was claimed").isEqualTo(JobState.PENDING);
    }

    @Test
    @DisplayName("with nothing enqueued there is nothing to claim")
    void empty() {
      assertThat(store().claimDue("w", 100, LEASE)).isEmpty();
      assertThat(store().openCount()).isZero();
      assertThat(store().deadLetters()).isEmpty();
    }
  }

  @Nested
  @DisplayName("only the current lease heartbeats, completes or fails")
  class Leases {
    @Test
    @DisplayName("a heartbeat extends the lease to now + extendBy under the same token")
    void heartbeatExtends() {
      store().enqueue(job("x", Duration.ZERO));
      Claim c = claimOne("w1");
      clock().advance(Duration.ofMinutes(4));
      Optional<Lease> extended = store().heartbeat(c.key(), c.lease(), Duration.ofMinutes(10));
      assertThat(extended).contains(new Lease("w1", c.lease().token(), clock().instant().plus(Duration.ofMinutes(10))));
      assertThat(stored("x").lease()).isEqualTo(extended);
      clock().advance(Duration.ofMinutes(9));
      assertThat(store().claimDue("w2", 10, LEASE)).as("the extended lease still holds").isEmpty();
      assertThat(store().complete(c.key(), extended.orElseThrow())).isTrue();
    }

    @Test
    @DisplayName("a heartbeat with an unknown token, an unknown key or after completion gives nothing")
    void heartbeatOfStaleLease() {
      store().enqueue(job("x", Duration.ZERO));
      Claim c = claimOne("w1");
      Lease forged = new Lease("w1", c.lease().token() + 1_000_003, c.lease().expiresAt());
      assertThat(store().heartbeat(c.key(), forged, LEASE)).isEmpty();
      assertThat(store().heartbeat(new JobKey("nope"), c.lease(), LEASE)).isEmpty();
      assertThat(stored("x")).isEqualTo(c.job());
      store().complete(c.key(), c.lease());
      assertThat(store().heartbeat(c.key(), c.lease(), LEASE)).isEmpty();
      assertThatThrownBy(() -> store().heartbeat(c.key(), c.lease(), Duration.ZERO)).isInstanceOf(ValidationException.class)
          .hasMessageContaining("extendBy");
    }

    @Test
    @DisplayName("complete finishes the job once: it is never claimed again and no longer open")
    void completeOnce() {
      store().enqueue(job("x", Duration.ZERO));
      Claim c = claimOne("w1");
      assertThat(store().complete(c.key(), c.lease())).isTrue();
      assertThat(store().complete(c.key(), c.lease())).isFalse();
      Job done = stored("x");
      assertThat(done.state()).isEqualTo(JobState.COMPLETED);
      assertThat(done.lease()).isEmpty();
      assertThat(done.attempts()).isEqualTo(1);
      assertThat(store().openCount()).isZero();
      clock().advance(Duration.ofDays(30));
      assertThat(store().claimDue("w2", 10, LEASE)).isEmpty();
      assertThat(store().fail(c.key(), c.lease(), "late")).isEqualTo(new FailureOutcome.LeaseLost(c.key()));
      assertThat(stored("x")).isEqualTo(done);
    }

    @Test
    @DisplayName("complete with a forged token changes nothing")
    void completeWithForgedToken() {
      store().enqueue(job("x", Duration.ZERO));
      Claim c = claimOne("w1");
      assertThat(store().complete(c.key(), new Lease("w1", c.lease().token() + 7_777_777, c.lease().expiresAt()))).isFalse();
      assertThat(stored("x")).isEqualTo(c.job());
      assertThat(store().complete(new JobKey("unknown"), c.lease())).isFalse();
    }

    @Test
    @DisplayName("a lease that expired but was not claimed again is still current")
    void expiredButNotReclaimed() {
      store().enqueue(job("x", Duration.ZERO));
      Claim c = claimOne("w1");
      clock().advance(LEASE.multipliedBy(3));
      assertThat(store().complete(c.key(), c.lease())).isTrue();
    }
  }

  @Nested
  @DisplayName("fail retries with capped exponential backoff, then dead-letters")
  class Failures {
    @Test
    @DisplayName("a failure schedules a retry after the backoff, keeping the error and the attempts")
    void retryScheduled() {
      NewJob job = job("x", Duration.ZERO);
      store().enqueue(job);
      Claim c = claimOne("w1");
      clock().advance(Duration.ofSeconds(2));
      FailureOutcome outcome = store().fail(c.key(), c.lease(), "SMTP 451 — try later ✉");
      Instant retryAt = clock().instant().plus(POLICY.cappedBackoff(1));
      assertThat(outcome).isEqualTo(new FailureOutcome.RetryScheduled(c.key(), 1, retryAt));
      Job retry = stored("x");
      assertThat(retry.state()).isEqualTo(JobState.PENDING);
      assertThat(retry.dueAt()).isEqualTo(retryAt);
      assertThat(retry.attempts()).isEqualTo(1);
      assertThat(retry.lease()).isEmpty();
      assertThat(retry.lastError()).contains("SMTP 451 — try later ✉");
      assertThat(retry.payload()).isEqualTo(job.payload());
      assertThat(store().openCount()).isEqualTo(1);
      clock().setTo(retryAt.minusNanos(1));
      assertThat(store().claimDue("w2", 10, LEASE)).isEmpty();
      clock().setTo(retryAt);
      Claim again = claimOne("w2");
      assertThat(again.attempt()).isEqualTo(2);
      assertThat(again.job().lastError()).contains("SMTP 451 — try later ✉");
    }

    @Test
    @DisplayName("backoff doubles and is capped at maxBackoff")
    void backoffCapped() {
      RetryPolicy policy = new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(5), 2.0, 0.0);
      JobStore capped = createStore(otherTenant(), clock(), policy);
      capped.enqueue(new NewJob(otherTenant(), new JobKey("x"), clock().instant(), Map.of()));
      List<Duration> delays = new ArrayList<>();
      for (int i = 1; i < policy.maxAttempts(); i++) {
        Claim c = capped.claimDue("w", 1, LEASE).get(0);
        FailureOutcome o = capped.fail(c.key(), c.lease(), "e" + i);
        assertThat(o).isInstanceOf(FailureOutcome.RetryScheduled.class);
        Instant at = ((FailureOutcome.RetryScheduled) o).retryAt();
        delays.add(Duration.between(clock().instant(), at));
        clock().setTo(at);
      }
      assertThat(delays).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
          Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Test
    @DisplayName("the failure of the last attempt makes a dead letter with the error")
    void deadLetter() {
      store().enqueue(job("x", Duration.ZERO));
      store().enqueue(job("alive", Duration.ofDays(1)));
      FailureOutcome last = null;
      for (int i = 1; i <= POLICY.maxAttempts(); i++) {
        Claim c = claimOne("w");
        last = store().fail(c.key(), c.lease(), "failure " + i);
        clock().advance(POLICY.maxBackoff());
      }
      assertThat(last).isEqualTo(new FailureOutcome.DeadLettered(new JobKey("x"), POLICY.maxAttempts(), "failure 3"));
      Job dead = stored("x");
      assertThat(dead.state()).isEqualTo(JobState.DEAD);
      assertThat(dead.lastError()).contains("failure 3");
      assertThat(dead.attempts()).isEqualTo(POLICY.maxAttempts());
      assertThat(store().deadLetters()).containsExactly(dead);
      assertThat(store().openCount()).as("the dead letter is not open; 'alive' is").isEqualTo(1);
      assertThat(store().claimDue("w", 10, LEASE)).isEmpty();
    }

    @Test
    @DisplayName("dead letters are listed by key")
    void deadLettersByKey() {
      RetryPolicy once = new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1), 1.0, 0.0);
      JobStore single = createStore(otherTenant(), clock(), once);
      for (String k : List.of("m", "b", "z", "a")) {
        single.enqueue(new NewJob(otherTenant(), new JobKey(k), clock().instant(), Map.of()));
      }
      for (Claim c : single.claimDue("w", 10, LEASE)) {
        assertThat(single.fail(c.key(), c.lease(), "no")).isInstanceOf(FailureOutcome.DeadLettered.class);
      }
      assertThat(single.deadLetters()).extracting(Job::key)
          .containsExactly(new JobKey("a"), new JobKey("b"), new JobKey("m"), new JobKey("z"));
      assertThat(store().deadLetters()).as("the other tenant's dead letters are not ours").isEmpty();
    }

    @Test
    @DisplayName("fail with a stale lease reports LeaseLost and changes nothing")
    void failWithStaleLease() {
      store().enqueue(job("x", Duration.ZERO));
      Claim c = claimOne("w1");
      Lease stale = new Lease("w1", c.lease().token() + 31, c.lease().expiresAt());
      assertThat(store().fail(c.key(), stale, "x")).isEqualTo(new FailureOutcome.LeaseLost(c.key()));
      assertThat(store().fail(new JobKey("nope"), c.lease(), "x")).isEqualTo(new FailureOutcome.LeaseLost(new JobKey("nope")));
      assertThat(stored("x")).isEqualTo(c.job());
      assertThatThrownBy(() -> store().fail(c.key(), c.lease(), nullString())).isInstanceOf(NullPointerException.class);
    }
  }

  @Nested
  @DisplayName("tenants never see each other's jobs")
  class TenantIsolation {
    @Test
    @DisplayName("the same key in two tenants is two jobs; claims, finds, counts and dead letters stay in their tenant")
    void isolated() {
      JobStore other = createStore(otherTenant(), clock(), POLICY);
      assertThat(store().enqueue(job("shared", Duration.ZERO))).isTrue();
      assertThat(other.enqueue(job(otherTenant(), "shared", Duration.ZERO, Map.of("who", "b")))).isTrue();
      assertThat(other.enqueue(job(otherTenant(), "only-b", Duration.ZERO, Map.of()))).isTrue();
      assertThat(store().find(new JobKey("only-b"))).isEmpty();
      assertThat(store().openCount()).isEqualTo(1);
      assertThat(other.openCount()).isEqualTo(2);
      List<Claim> mine = store().claimDue("w", 10, LEASE);
      assertThat(mine).extracting(Claim::key).containsExactly(new JobKey("shared"));
      assertThat(mine.get(0).job().tenantId()).isEqualTo(tenant());
      assertThat(other.complete(new JobKey("shared"), mine.get(0).lease())).as("a lease of tenant A completes nothing in B").isFalse();
      assertThat(other.find(new JobKey("shared")).orElseThrow().state()).isEqualTo(JobState.PENDING);
      List<Claim> theirs = other.claimDue("w", 10, LEASE);
      assertThat(theirs).extracting(c -> c.job().tenantId()).containsOnly(otherTenant());
      assertThat(theirs).hasSize(2);
      assertThat(store().complete(mine.get(0).key(), mine.get(0).lease())).isTrue();
      assertThat(other.find(new JobKey("shared")).orElseThrow().state()).isEqualTo(JobState.CLAIMED);
    }
  }

  @Nested
  @DisplayName("concurrent workers")
  class ConcurrentWorkers {
    @Test
    @DisplayName("four workers claiming at once never hold the same job and together drain everything")
    void drainOnce() throws Exception {
      int jobs = 240;
      for (int i = 0; i < jobs; i++) {
        store().enqueue(job("job-" + i, Duration.ofMillis(i % 17)));
      }
      clock().advance(Duration.ofSeconds(1));
      Map<JobKey, String> claimedBy = new ConcurrentHashMap<>();
      List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
      int workers = 4;
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(workers);
      try {
        List<Future<Integer>> done = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
          String name = "worker-" + w;
          done.add(pool.submit(() -> {
            start.await();
            int completed = 0;
            while (true) {
              List<Claim> claims = store().claimDue(name, 7, LEASE);
              if (claims.isEmpty()) {
                if (store().openCount() == 0) {
                  return completed;
                }
                Thread.sleep(1); // the rest is leased to other workers; wait for them to finish
                continue;
              }
              for (Claim c : claims) {
                String previous = claimedBy.putIfAbsent(c.key(), name);
                if (previous != null) {
                  problems.add(c.key() + " claimed by " + previous + " and " + name);
                }
                if (!store().complete(c.key(), c.lease())) {
                  problems.add(c.key() + " not completed by " + name);
                }
                completed++;
              }
            }
          }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> f : done) {
          total += f.get(120, TimeUnit.SECONDS);
        }
        assertThat(problems).isEmpty();
        assertThat(total).isEqualTo(jobs);
        assertThat(claimedBy).hasSize(jobs);
        assertThat(store().openCount()).isZero();
      } finally {
        pool.shutdownNow();
      }
    }
  }

  /** A null where the API forbids one, to check that the store names it. */
  @SuppressWarnings("NullAway")
  private static String nullString() {
    return (String) NULL[0];
  }

  private static final @Nullable Object[] NULL = {null};
}
