package io.crmkit.marketing.schedule;

import java.time.Instant;
import java.util.Objects;

/** What {@link JobStore#fail} did with a failed job: scheduled a retry, dead-lettered it, or nothing (lease lost). */
public sealed interface FailureOutcome {
  /** The job runs again, not before {@code retryAt}. */
  record RetryScheduled(JobKey key, int attempts, Instant retryAt) implements FailureOutcome {
    public RetryScheduled {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(retryAt, "retryAt");
    }
  }

  /** The job used up its attempts and is kept as a dead letter. */
  record DeadLettered(JobKey key, int attempts, String error) implements FailureOutcome {
    public DeadLettered {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(error, "error");
    }
  }

  /** The lease passed in is no longer current (expired and claimed by another worker, or the job is done). */
  record LeaseLost(JobKey key) implements FailureOutcome {
    public LeaseLost {
      Objects.requireNonNull(key, "key");
    }
  }
}
