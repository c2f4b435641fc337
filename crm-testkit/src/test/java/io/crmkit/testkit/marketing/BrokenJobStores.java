package io.crmkit.testkit.marketing;

import io.crmkit.core.TenantId;
import io.crmkit.marketing.schedule.Claim;
import io.crmkit.marketing.schedule.FailureOutcome;
import io.crmkit.marketing.schedule.InMemoryJobStore;
import io.crmkit.marketing.schedule.Job;
import io.crmkit.marketing.schedule.JobKey;
import io.crmkit.marketing.schedule.JobState;
import io.crmkit.marketing.schedule.JobStore;
import io.crmkit.marketing.schedule.Lease;
import io.crmkit.marketing.schedule.NewJob;
import io.crmkit.marketing.schedule.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Deliberately broken job stores, to show that the kit fails them. The class names end in neither Test nor
 * Properties, so the build does not run their kit subclasses directly; {@link BrokenJobStoresFailTheKitTest} does.
 */
final class BrokenJobStores {
  private BrokenJobStores() {}

  /** Lets any lease complete a claimed job: a worker that lost its lease completes the job a second time. */
  static JobStore ignoringLeaseTokens(TenantId tenant, Clock clock, RetryPolicy retry) {
    JobStore delegate = new InMemoryJobStore(tenant, clock, retry, new SplittableRandom(1));
    return new Forwarding(delegate) {
      @Override
      public boolean complete(JobKey key, Lease lease) {
        Optional<Job> job = delegate.find(key);
        if (job.isPresent() && job.get().state() == JobState.CLAIMED) {
          return delegate.complete(key, job.get().lease().orElseThrow());
        }
        return job.isPresent() && job.get().state() == JobState.COMPLETED;
      }
    };
  }

  /** Forgets the cap on the backoff. */
  static JobStore uncappedBackoff(TenantId tenant, Clock clock, RetryPolicy retry) {
    RetryPolicy uncapped = new RetryPolicy(retry.maxAttempts(), retry.initialBackoff(), Duration.ofDays(36_500),
        retry.multiplier(), retry.jitter());
    return new InMemoryJobStore(tenant, clock, uncapped, new SplittableRandom(2));
  }

  /** Never gives up: failures and expired leases retry forever. */
  static JobStore neverDeadLetters(TenantId tenant, Clock clock, RetryPolicy retry) {
    RetryPolicy endless = new RetryPolicy(Integer.MAX_VALUE, retry.initialBackoff(), retry.maxBackoff(),
        retry.multiplier(), retry.jitter());
    return new InMemoryJobStore(tenant, clock, endless, new SplittableRandom(3));
  }

  /** Forwards every call; a broken store overrides what it breaks. */
  private static class Forwarding implements JobStore {
    final JobStore delegate;

    Forwarding(JobStore delegate) {
      this.delegate = delegate;
    }

    @Override
    public boolean enqueue(NewJob job) {
      return delegate.enqueue(job);
    }

    @Override
    public List<Claim> claimDue(String worker, int limit, Duration leaseFor) {
      return delegate.claimDue(worker, limit, leaseFor);
    }

    @Override
    public Optional<Lease> heartbeat(JobKey key, Lease lease, Duration extendBy) {
      return delegate.heartbeat(key, lease, extendBy);
    }

    @Override
    public boolean complete(JobKey key, Lease lease) {
      return delegate.complete(key, lease);
    }

    @Override
    public FailureOutcome fail(JobKey key, Lease lease, String error) {
      return delegate.fail(key, lease, error);
    }

    @Override
    public Optional<Job> find(JobKey key) {
      return delegate.find(key);
    }

    @Override
    public List<Job> deadLetters() {
      return delegate.deadLetters();
    }

    @Override
    public long openCount() {
      return delegate.openCount();
    }
  }
}
