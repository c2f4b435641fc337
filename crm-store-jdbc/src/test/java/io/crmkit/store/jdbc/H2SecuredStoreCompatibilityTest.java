package io.crmkit.store.jdbc;

import io.crmkit.core.store.CrmStore;
import io.crmkit.testkit.access.SecuredStoreCompatibilityKit;

/**
 * A secured store over the JDBC store on H2 passes the secured-store kit's examples.
 *
 * <p>The checks and their assertions live in the kit (crm-testkit); this class only supplies the store.
 */
class H2SecuredStoreCompatibilityTest extends SecuredStoreCompatibilityKit {
  @Override
  protected CrmStore createStore() {
    return JdbcStore.create(TestDatabases.h2("secured_kit"), TestDatabases.config().build());
  }
}
