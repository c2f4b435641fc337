package io.crmkit.marketing.schedule;

/** Where a {@link Job} is in its life: waiting, leased to a worker, done, or given up (dead letter). */
public enum JobState {
  /** Waiting until its due time; claimable then. */
  PENDING,
  /** Leased to a worker; claimable again if the lease expires without a heartbeat (dead execution). */
  CLAIMED,
  /** Completed by the worker holding the lease; never runs again. */
  COMPLETED,
  /** Failed or lost more often than the retry policy allows; kept with its last error for inspection. */
  DEAD
}
