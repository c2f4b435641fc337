package io.crmkit.store.jdbc;

import io.crmkit.core.store.CrmStore;
import io.crmkit.testkit.access.SecuredStoreProperties;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * A secured store over the JDBC store on Postgres passes the secured-store kit's properties: the pushed-down
 * visibility, filtered in SQL, equals the policy's decisions on random data, grants, criteria and sorts.
 *
 * <p>The properties and their assertions live in the kit (crm-testkit); this class only supplies the store.
 */
@AddLifecycleHook(PostgresStoreConformanceProperties.SkipWithoutPostgres.class)
class PostgresSecuredStoreConformanceProperties extends SecuredStoreProperties {
  @Override
  protected CrmStore createStore() {
    return JdbcStore.create(TestDatabases.postgres("crmkit_secured_properties"), TestDatabases.config().build());
  }
}
