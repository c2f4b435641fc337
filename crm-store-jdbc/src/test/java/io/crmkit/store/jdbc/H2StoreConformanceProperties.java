package io.crmkit.store.jdbc;

import io.crmkit.core.store.CrmStore;
import io.crmkit.testkit.store.StoreProperties;

/**
 * The JDBC store on H2 agrees with the reference evaluation on random data, criteria and sorts.
 *
 * <p>The checks and their assertions live in the kit (crm-testkit); this class only supplies the store.
 */
class H2StoreConformanceProperties extends StoreProperties {
  @Override
  protected CrmStore createStore() {
    return JdbcStore.create(TestDatabases.h2("kit_properties"), TestDatabases.config().build());
  }
}
