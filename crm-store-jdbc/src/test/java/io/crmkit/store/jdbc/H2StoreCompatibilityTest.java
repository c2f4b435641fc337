package io.crmkit.store.jdbc;

import io.crmkit.core.store.CrmStore;
import io.crmkit.testkit.store.StoreCompatibilityKit;

/**
 * The JDBC store on H2 passes the whole conformance kit.
 *
 * <p>The checks and their assertions live in the kit (crm-testkit); this class only supplies the store.
 */
class H2StoreCompatibilityTest extends StoreCompatibilityKit {
  @Override
  protected CrmStore createStore() {
    return JdbcStore.create(TestDatabases.h2("kit"), TestDatabases.config().build());
  }
}
