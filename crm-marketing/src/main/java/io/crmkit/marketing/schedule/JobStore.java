package io.crmkit.marketing.schedule;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * SPI: the durable home of due work for one tenant. Timers never live in memory only: the planner enqueues
 * jobs, workers claim the due ones with a lease, keep it with heartbeats, and complete or fail them.
 *
 * <pre>{@code
 * store.enqueue(new NewJob(tenant, JobKey.of(step, recipient, nominal), at, payload));
 * for (Claim c : store.claimDue("worker-1", 100, Duration.ofMinutes(5))) {
 *   deliver(c.job());          // the host's channel; the key lets it deduplicate
 *   store.complete(c.key(), c.lease());
 * }
 * }</pre>
 *
 * <p>Contract, which every implementation must keep (the in-memory one is the reference; crm-store-jdbc's
 * {@code JdbcStore#jobStore} claims with {@code SELECT ... FOR UPDATE SKIP LOCKED} on PostgreSQL; crm-testkit's
 * {@code JobStoreConformance} and {@code JobStoreProperties} check it):
 *
 * <ul>
 *   <li>{@link #enqueue} is idempotent per {@link JobKey}: a second enqueue with the key is a no-op, whatever
 *       state the first is in (completed and dead jobs included);
 *   <li>a job is claimable when it is pending and due, or claimed with an expired lease (dead execution); a
 *       claim issues a new lease token and counts an attempt;
 *   <li>only the current lease token may heartbeat, complete or fail a job, so a worker that lost its lease
 *       cannot complete a job a second time;
 *   <li>a job whose attempts are used up (failures or expired leases) becomes a dead letter, never silently
 *       dropped.
 * </ul>
 *
 * <p>Time comes from the store's clock. Delivery to the host is at least once (a worker may crash after
 * delivering and before completing); the job key is the idempotency key the host's channel should dedupe on.
 */
public interface JobStore {
  /** Stores {@code job} unless a job with its key exists; returns whether it was stored. */
  boolean enqueue(NewJob job);

  /**
   * Claims up to {@code limit} claimable jobs, earliest due first, for {@code worker}, leased for {@code leaseFor}.
   * Jobs whose expired lease used up their attempts become dead letters instead.
   */
  List<Claim> claimDue(String worker, int limit, Duration leaseFor);

  /** Extends the lease to now + {@code extendBy}; empty when {@code lease} is no longer current. */
  Optional<Lease> heartbeat(JobKey key, Lease lease, Duration extendBy);

  /** Completes the job; false (and nothing changes) when {@code lease} is no longer current. */
  boolean complete(JobKey key, Lease lease);

  /** Records a failure: schedules a retry with backoff or dead-letters the job. */
  FailureOutcome fail(JobKey key, Lease lease, String error);

  /** The job with {@code key}, in any state. */
  Optional<Job> find(JobKey key);

  /** The dead letters, by key. */
  List<Job> deadLetters();

  /** How many jobs are pending or claimed. */
  long openCount();
}
