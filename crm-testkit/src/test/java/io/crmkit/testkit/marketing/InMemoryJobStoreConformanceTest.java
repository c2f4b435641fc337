package io.crmkit.testkit.marketing;

import io.crmkit.core.TenantId;
import io.crmkit.marketing.schedule.InMemoryJobStore;
import io.crmkit.marketing.schedule.JobStore;
import io.crmkit.marketing.schedule.RetryPolicy;
import java.time.Clock;
import java.util.SplittableRandom;

/**
 * The reference {@link InMemoryJobStore} passes the job-store kit. In-memory stores of two tenants share
 * nothing, which is what the kit's isolation check asks of stores that do share storage.
 */
class InMemoryJobStoreConformanceTest extends JobStoreConformance {
  @Override
  protected JobStore createStore(TenantId tenant, Clock clock, RetryPolicy retry) {
    return new InMemoryJobStore(tenant, clock, retry, new SplittableRandom(7));
  }
}
