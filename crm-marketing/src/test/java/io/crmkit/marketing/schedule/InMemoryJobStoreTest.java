package io.crmkit.marketing.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InMemoryJobStoreTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  private final MutableClock clock = new MutableClock(T0);
  private final RetryPolicy retry = new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofSeconds(25), 2.0, 0.0);
  private final InMemoryJobStore store = new InMemoryJobStore(ACME, clock, retry, new SplittableRandom(7));

  private NewJob job(String recipient, Instant due) {
    return new NewJob(ACME, JobKey.of("welcome", recipient, due), due, Map.of("channel", "email"));
  }

  @Nested
  @DisplayName("enqueue")
  class Enqueue {
    @Test
    void a_second_enqueue_with_the_same_key_is_a_no_op() {
      assertThat(store.enqueue(job("contact:1", T0))).isTrue();
      assertThat(store.enqueue(job("contact:1", T0))).isFalse();
      assertThat(store.openCount()).isEqualTo(1);
    }

    @Test
    void a_completed_job_is_not_enqueued_again() {
      store.enqueue(job("contact:1", T0));
      Claim c = store.claimDue("w1", 10, Duration.ofMinutes(1)).get(0);
      assertThat(store.complete(c.key(), c.lease())).isTrue();
      assertThat(store.enqueue(job("contact:1", T0))).isFalse();
      assertThat(store.claimDue("w1", 10, Duration.ofMinutes(1))).isEmpty();
    }

    @Test
    void a_job_of_another_tenant_is_refused() {
      NewJob other = new NewJob(TenantId.of("globex"), JobKey.of("s", "contact:1", T0), T0, Map.of());
      assertThatThrownBy(() -> store.enqueue(other)).isInstanceOf(ValidationException.class).hasMessageContaining("tenantId");
    }
  }

  @Nested
  @DisplayName("claim, heartbeat and complete")
  class ClaimAndComplete {
    @Test
    void only_due_jobs_are_claimed_earliest_first() {
      store.enqueue(job("contact:late", T0.plusSeconds(60)));
      store.enqueue(job("contact:b", T0.minusSeconds(5)));
      store.enqueue(job("contact:a", T0.minusSeconds(10)));
      List<Claim> claims = store.claimDue("w1", 10, Duration.ofMinutes(1));
      assertThat(claims).extracting(c -> c.job().dueAt()).containsExactly(T0.minusSeconds(10), T0.minusSeconds(5));
      assertThat(claims).allSatisfy(c -> assertThat(c.attempt()).isEqualTo(1));
    }

    @Test
    void an_expired_lease_makes_the_job_claimable_again_and_fences_the_old_worker() {
      store.enqueue(job("contact:1", T0));
      Claim first = store.claimDue("w1", 1, Duration.ofSeconds(30)).get(0);
      clock.advance(Duration.ofSeconds(31));
      Claim second = store.claimDue("w2", 1, Duration.ofSeconds(30)).get(0);
      assertThat(second.attempt()).isEqualTo(2);
      assertThat(store.complete(first.key(), first.lease())).isFalse();
      assertThat(store.heartbeat(first.key(), first.lease(), Duration.ofSeconds(30))).isEmpty();
      assertThat(store.complete(second.key(), second.lease())).isTrue();
      assertThat(store.find(second.key()).orElseThrow().state()).isEqualTo(JobState.COMPLETED);
    }

    @Test
    void a_heartbeat_keeps_the_lease() {
      store.enqueue(job("contact:1", T0));
      Claim c = store.claimDue("w1", 1, Duration.ofSeconds(30)).get(0);
      clock.advance(Duration.ofSeconds(20));
      Lease extended = store.heartbeat(c.key(), c.lease(), Duration.ofSeconds(30)).orElseThrow();
      assertThat(extended.expiresAt()).isEqualTo(T0.plusSeconds(50));
      clock.advance(Duration.ofSeconds(20));
      assertThat(store.claimDue("w2", 1, Duration.ofSeconds(30))).isEmpty();
      assertThat(store.complete(c.key(), extended)).isTrue();
    }
  }

  @Nested
  @DisplayName("failures")
  class Failures {
    @Test
    void failures_back_off_exponentially_up_to_the_cap_then_dead_letter() {
      store.enqueue(job("contact:1", T0));
      Claim c1 = store.claimDue("w1", 1, Duration.ofSeconds(30)).get(0);
      assertThat(store.fail(c1.key(), c1.lease(), "smtp 451"))
          .isEqualTo(new FailureOutcome.RetryScheduled(c1.key(), 1, T0.plusSeconds(10)));
      clock.advance(Duration.ofSeconds(10));
      Claim c2 = store.claimDue("w1", 1, Duration.ofSeconds(30)).get(0);
      assertThat(store.fail(c2.key(), c2.lease(), "smtp 451"))
          .isEqualTo(new FailureOutcome.RetryScheduled(c2.key(), 2, T0.plusSeconds(10 + 20)));
      clock.advance(Duration.ofSeconds(20));
      Claim c3 = store.claimDue("w1", 1, Duration.ofSeconds(30)).get(0);
      assertThat(store.fail(c3.key(), c3.lease(), "smtp 550"))
          .isEqualTo(new FailureOutcome.DeadLettered(c3.key(), 3, "smtp 550"));
      assertThat(store.deadLetters()).extracting(Job::key, j -> j.lastError().orElseThrow())
          .containsExactly(org.assertj.core.groups.Tuple.tuple(c3.key(), "smtp 550"));
      assertThat(store.openCount()).isZero();
    }

    @Test
    void a_lease_that_expires_on_the_last_attempt_dead_letters_the_job() {
      store.enqueue(job("contact:1", T0));
      for (int i = 0; i < 3; i++) {
        assertThat(store.claimDue("w" + i, 1, Duration.ofSeconds(5))).hasSize(1);
        clock.advance(Duration.ofSeconds(6));
      }
      assertThat(store.claimDue("w9", 1, Duration.ofSeconds(5))).isEmpty();
      assertThat(store.deadLetters()).singleElement()
          .satisfies(j -> assertThat(j.lastError().orElseThrow()).contains("expired on attempt 3 of 3"));
    }

    @Test
    void jitter_comes_from_the_injected_random_and_never_exceeds_the_cap() {
      RetryPolicy jittered = new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofMinutes(1), 3.0, 0.5);
      SplittableRandom a = new SplittableRandom(42);
      SplittableRandom b = new SplittableRandom(42);
      for (int attempt = 1; attempt <= 9; attempt++) {
        Duration d = jittered.backoff(attempt, a);
        assertThat(d).isEqualTo(jittered.backoff(attempt, b));
        assertThat(d).isLessThanOrEqualTo(Duration.ofMinutes(1)).isGreaterThanOrEqualTo(jittered.cappedBackoff(attempt).dividedBy(2));
      }
      assertThat(jittered.cappedBackoff(9)).isEqualTo(Duration.ofMinutes(1));
    }
  }
}
