package io.crmkit.marketing.schedule;

import io.crmkit.core.ValidationException;
import java.time.Instant;
import java.util.Objects;

/**
 * A worker's hold on a claimed job until {@code expiresAt}. The {@code token} fences stale workers: each claim
 * gets a new one, and only the holder of the current token may heartbeat, complete or fail the job.
 */
public record Lease(String worker, long token, Instant expiresAt) {
  public Lease {
    Objects.requireNonNull(worker, "worker");
    Objects.requireNonNull(expiresAt, "expiresAt");
    ValidationException.check(!worker.isBlank(), "worker", "must not be blank");
    ValidationException.checkNotNegative(token, "token");
  }
}
