package io.crmkit.testkit.marketing;

import io.crmkit.core.TenantId;
import io.crmkit.marketing.schedule.JobStore;
import io.crmkit.marketing.schedule.RetryPolicy;
import java.time.Clock;

/** The job-store kit bound to each broken store; run only through {@link BrokenJobStoresFailTheKitTest}. */
final class BrokenJobStoreKitRuns {
  private BrokenJobStoreKitRuns() {}

  static class IgnoringLeaseTokens extends JobStoreConformance {
    @Override
    protected JobStore createStore(TenantId tenant, Clock clock, RetryPolicy retry) {
      return BrokenJobStores.ignoringLeaseTokens(tenant, clock, retry);
    }
  }

  static class IgnoringLeaseTokensProperties extends JobStoreProperties {
    @Override
    protected JobStore createStore(TenantId tenant, Clock clock, RetryPolicy retry) {
      return BrokenJobStores.ignoringLeaseTokens(tenant, clock, retry);
    }
  }

  static class UncappedBackoff extends JobStoreConformance {
    @Override
    protected JobStore createStore(TenantId tenant, Clock clock, RetryPolicy retry) {
      return BrokenJobStores.uncappedBackoff(tenant, clock, retry);
    }
  }

  static class UncappedBackoffProperties extends JobStoreProperties {
    @Override
    protected JobStore createStore(TenantId tenant, Clock clock, RetryPolicy retry) {
      return BrokenJobStores.uncappedBackoff(tenant, clock, retry);
    }
  }

  static class NeverDeadLetters extends JobStoreConformance {
    @Override
    protected JobStore createStore(TenantId tenant, Clock clock, RetryPolicy retry) {
      return BrokenJobStores.neverDeadLetters(tenant, clock, retry);
    }
  }

  static class NeverDeadLettersProperties extends JobStoreProperties {
    @Override
    protected JobStore createStore(TenantId tenant, Clock clock, RetryPolicy retry) {
      return BrokenJobStores.neverDeadLetters(tenant, clock, retry);
    }
  }
}
