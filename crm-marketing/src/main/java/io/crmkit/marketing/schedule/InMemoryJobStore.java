package io.crmkit.marketing.schedule;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;

/**
 * The embedded, thread-safe {@link JobStore} of one tenant, and the reference semantics of the SPI:
 * {@code new InMemoryJobStore(tenant, clock, RetryPolicy.ofDefaults(), new SplittableRandom(seed))}.
 *
 * <p>One index orders every job that may become claimable by the instant it does: its due time while
 * pending, its lease expiry while claimed. A claim takes the head of that index while it is not after now,
 * so claiming is {@code O(log n)} per job. Durable only as long as the process lives: hosts that need
 * restarts use a persistent store behind the same SPI.
 */
public final class InMemoryJobStore implements JobStore {
  private record Ready(Instant at, long seq, JobKey key) {}

  private static final Comparator<Ready> ORDER =
      Comparator.comparing(Ready::at).thenComparingLong(Ready::seq);

  private final TenantId tenantId;
  private final Clock clock;
  private final RetryPolicy retry;
  private final RandomGenerator random;
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<JobKey, Job> jobs = new HashMap<>();
  private final Map<JobKey, Ready> readyByKey = new HashMap<>();
  private final TreeSet<Ready> ready = new TreeSet<>(ORDER);
  private long seq;
  private long tokens;

  public InMemoryJobStore(TenantId tenantId, Clock clock, RetryPolicy retry, RandomGenerator random) {
    this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.retry = Objects.requireNonNull(retry, "retry");
    this.random = Objects.requireNonNull(random, "random");
  }

  @Override
  public boolean enqueue(NewJob job) {
    Objects.requireNonNull(job, "job");
    ValidationException.check(
        job.tenantId().equals(tenantId), "tenantId", "job of tenant " + job.tenantId() + " in the store of " + tenantId);
    lock.lock();
    try {
      if (jobs.containsKey(job.key())) {
        return false;
      }
      Job stored = Job.pending(job);
      jobs.put(job.key(), stored);
      index(job.key(), job.dueAt());
      return true;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public List<Claim> claimDue(String worker, int limit, Duration leaseFor) {
    Objects.requireNonNull(worker, "worker");
    Objects.requireNonNull(leaseFor, "leaseFor");
    ValidationException.check(limit >= 1, "limit", "must be at least 1 but was " + limit);
    ValidationException.check(!leaseFor.isNegative() && !leaseFor.isZero(), "leaseFor", "must be positive");
    lock.lock();
    try {
      Instant now = clock.instant();
      List<Claim> out = new ArrayList<>(Math.min(limit, 64));
      while (out.size() < limit && !ready.isEmpty() && !ready.first().at().isAfter(now)) {
        Ready head = ready.pollFirst();
        readyByKey.remove(head.key());
        Job job = jobs.get(head.key());
        if (job.state() == JobState.CLAIMED && job.attempts() >= retry.maxAttempts()) {
          jobs.put(job.key(), dead(job, "lease of " + job.lease().orElseThrow().worker() + " expired on attempt "
              + job.attempts() + " of " + retry.maxAttempts()));
          continue;
        }
        Lease lease = new Lease(worker, ++tokens, now.plus(leaseFor));
        Job claimed = new Job(job.tenantId(), job.key(), job.payload(), job.dueAt(), JobState.CLAIMED,
            job.attempts() + 1, Optional.of(lease), job.lastError(), job.version() + 1);
        jobs.put(job.key(), claimed);
        index(job.key(), lease.expiresAt());
        out.add(new Claim(claimed, lease));
      }
      return List.copyOf(out);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public Optional<Lease> heartbeat(JobKey key, Lease lease, Duration extendBy) {
    Objects.requireNonNull(extendBy, "extendBy");
    ValidationException.check(!extendBy.isNegative() && !extendBy.isZero(), "extendBy", "must be positive");
    lock.lock();
    try {
      Optional<Job> current = current(key, lease);
      if (current.isEmpty()) {
        return Optional.empty();
      }
      Job job = current.get();
      Lease extended = new Lease(lease.worker(), lease.token(), clock.instant().plus(extendBy));
      jobs.put(key, new Job(job.tenantId(), key, job.payload(), job.dueAt(), JobState.CLAIMED, job.attempts(),
          Optional.of(extended), job.lastError(), job.version() + 1));
      unindex(key);
      index(key, extended.expiresAt());
      return Optional.of(extended);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public boolean complete(JobKey key, Lease lease) {
    lock.lock();
    try {
      Optional<Job> current = current(key, lease);
      if (current.isEmpty()) {
        return false;
      }
      Job job = current.get();
      unindex(key);
      jobs.put(key, new Job(job.tenantId(), key, job.payload(), job.dueAt(), JobState.COMPLETED, job.attempts(),
          Optional.empty(), job.lastError(), job.version() + 1));
      return true;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public FailureOutcome fail(JobKey key, Lease lease, String error) {
    Objects.requireNonNull(error, "error");
    lock.lock();
    try {
      Optional<Job> current = current(key, lease);
      if (current.isEmpty()) {
        return new FailureOutcome.LeaseLost(key);
      }
      Job job = current.get();
      unindex(key);
      if (job.attempts() >= retry.maxAttempts()) {
        jobs.put(key, dead(job, error));
        return new FailureOutcome.DeadLettered(key, job.attempts(), error);
      }
      Instant retryAt = clock.instant().plus(retry.backoff(job.attempts(), random));
      jobs.put(key, new Job(job.tenantId(), key, job.payload(), retryAt, JobState.PENDING, job.attempts(),
          Optional.empty(), Optional.of(error), job.version() + 1));
      index(key, retryAt);
      return new FailureOutcome.RetryScheduled(key, job.attempts(), retryAt);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public Optional<Job> find(JobKey key) {
    Objects.requireNonNull(key, "key");
    lock.lock();
    try {
      return Optional.ofNullable(jobs.get(key));
    } finally {
      lock.unlock();
    }
  }

  @Override
  public List<Job> deadLetters() {
    lock.lock();
    try {
      return jobs.values().stream().filter(j -> j.state() == JobState.DEAD).sorted(Comparator.comparing(Job::key)).toList();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public long openCount() {
    lock.lock();
    try {
      return ready.size();
    } finally {
      lock.unlock();
    }
  }

  private Optional<Job> current(JobKey key, Lease lease) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(lease, "lease");
    Job job = jobs.get(key);
    if (job == null || job.state() != JobState.CLAIMED || job.lease().orElseThrow().token() != lease.token()) {
      return Optional.empty();
    }
    return Optional.of(job);
  }

  private Job dead(Job job, String error) {
    return new Job(job.tenantId(), job.key(), job.payload(), job.dueAt(), JobState.DEAD, job.attempts(),
        Optional.empty(), Optional.of(error), job.version() + 1);
  }

  private void index(JobKey key, Instant at) {
    Ready r = new Ready(at, ++seq, key);
    ready.add(r);
    readyByKey.put(key, r);
  }

  private void unindex(JobKey key) {
    Ready r = readyByKey.remove(key);
    if (r != null) {
      ready.remove(r);
    }
  }
}
