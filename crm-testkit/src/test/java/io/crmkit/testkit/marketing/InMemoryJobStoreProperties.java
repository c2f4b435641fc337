package io.crmkit.testkit.marketing;

import io.crmkit.core.TenantId;
import io.crmkit.marketing.schedule.InMemoryJobStore;
import io.crmkit.marketing.schedule.JobStore;
import io.crmkit.marketing.schedule.RetryPolicy;
import java.time.Clock;
import java.util.SplittableRandom;

/** The reference {@link InMemoryJobStore} keeps the contract on random schedules with crashed workers. */
class InMemoryJobStoreProperties extends JobStoreProperties {
  @Override
  protected JobStore createStore(TenantId tenant, Clock clock, RetryPolicy retry) {
    return new InMemoryJobStore(tenant, clock, retry, new SplittableRandom(11));
  }
}
