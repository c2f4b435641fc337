package io.crmkit.marketing.schedule;

import java.util.Objects;

/**
 * What a worker gets from {@link JobStore#claimDue}: the job as claimed (attempt number included) and the
 * lease to pass back to {@link JobStore#heartbeat}, {@link JobStore#complete} or {@link JobStore#fail}.
 */
public record Claim(Job job, Lease lease) {
  public Claim {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(lease, "lease");
  }

  /** The claimed job's key. */
  public JobKey key() {
    return job.key();
  }

  /** Which attempt this claim is, from 1. */
  public int attempt() {
    return job.attempts();
  }
}
