package io.crmkit.store.jdbc;

import io.crmkit.core.store.CrmStore;
import io.crmkit.testkit.access.SecuredStoreCompatibilityKit;

/**
 * A secured store over the JDBC store on Postgres passes the secured-store kit's examples.
 *
 * <p>The checks and their assertions live in the kit (crm-testkit); this class only supplies the store.
 */
class PostgresSecuredStoreCompatibilityTest extends SecuredStoreCompatibilityKit {
  @Override
  protected CrmStore createStore() {
    return JdbcStore.create(TestDatabases.postgres("crmkit_secured_kit"), TestDatabases.config().build());
  }
}
