package io.crmkit.marketing.schedule;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A job as the {@link JobStore} keeps it: key, payload, due time, state, attempts so far, the current lease
 * while claimed, the last error, and a version bumped by every change (optimistic concurrency for stores that
 * need it).
 */
public record Job(
    TenantId tenantId,
    JobKey key,
    Map<String, String> payload,
    Instant dueAt,
    JobState state,
    int attempts,
    Optional<Lease> lease,
    Optional<String> lastError,
    long version) {
  public Job {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(key, "key");
    payload = Map.copyOf(payload);
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(lastError, "lastError");
    ValidationException.checkNotNegative(attempts, "attempts");
    ValidationException.checkNotNegative(version, "version");
    ValidationException.check(
        (state == JobState.CLAIMED) == lease.isPresent(), "lease", "must be present exactly when the job is CLAIMED");
  }

  /** A pending job for {@code job}, never attempted. */
  public static Job pending(NewJob job) {
    return new Job(job.tenantId(), job.key(), job.payload(), job.dueAt(), JobState.PENDING, 0, Optional.empty(),
        Optional.empty(), 1);
  }
}
