package io.crmkit.store.jdbc;

import io.crmkit.core.TenantId;
import io.crmkit.marketing.schedule.JobStore;
import io.crmkit.marketing.schedule.RetryPolicy;
import io.crmkit.testkit.marketing.JobStoreProperties;
import java.time.Clock;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** The JDBC job store on PostgreSQL keeps the contract on random schedules with crashed workers. */
@AddLifecycleHook(PostgresStoreConformanceProperties.SkipWithoutPostgres.class)
class PostgresJobStoreProperties extends JobStoreProperties {
  @Override
  protected JobStore createStore(TenantId tenant, Clock clock, RetryPolicy retry) {
    return JdbcStore.create(TestDatabases.postgres("crmkit_jobs"), TestDatabases.config().clock(clock).build())
        .jobStore(tenant, retry);
  }
}
