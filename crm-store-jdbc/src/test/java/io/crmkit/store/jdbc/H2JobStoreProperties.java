package io.crmkit.store.jdbc;

import io.crmkit.core.TenantId;
import io.crmkit.marketing.schedule.JobStore;
import io.crmkit.marketing.schedule.RetryPolicy;
import io.crmkit.testkit.marketing.JobStoreProperties;
import java.time.Clock;

/** The JDBC job store on H2 keeps the contract on random schedules with crashed workers; the properties live in crm-testkit. */
class H2JobStoreProperties extends JobStoreProperties {
  @Override
  protected JobStore createStore(TenantId tenant, Clock clock, RetryPolicy retry) {
    return JdbcStore.create(TestDatabases.h2("jobs-properties"), TestDatabases.config().clock(clock).build()).jobStore(tenant, retry);
  }
}
