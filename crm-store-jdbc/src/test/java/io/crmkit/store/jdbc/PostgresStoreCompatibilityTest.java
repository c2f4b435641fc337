package io.crmkit.store.jdbc;

import io.crmkit.core.store.CrmStore;
import io.crmkit.testkit.store.StoreCompatibilityKit;

/**
 * The JDBC store on Postgres passes the whole conformance kit.
 *
 * <p>The checks and their assertions live in the kit (crm-testkit); this class only supplies the store.
 */
class PostgresStoreCompatibilityTest extends StoreCompatibilityKit {
  @Override
  protected CrmStore createStore() {
    return JdbcStore.create(TestDatabases.postgres("crmkit_kit"), TestDatabases.config().build());
  }
}
