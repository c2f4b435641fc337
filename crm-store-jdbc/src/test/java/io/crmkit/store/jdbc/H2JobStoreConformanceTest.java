package io.crmkit.store.jdbc;

import io.crmkit.core.TenantId;
import io.crmkit.marketing.schedule.JobStore;
import io.crmkit.marketing.schedule.RetryPolicy;
import io.crmkit.testkit.marketing.JobStoreConformance;
import java.time.Clock;

/** The JDBC job store on H2 passes the job-store kit; the checks live in crm-testkit. */
class H2JobStoreConformanceTest extends JobStoreConformance {
  @Override
  protected JobStore createStore(TenantId tenant, Clock clock, RetryPolicy retry) {
    return JdbcStore.create(TestDatabases.h2("jobs"), TestDatabases.config().clock(clock).build()).jobStore(tenant, retry);
  }
}
