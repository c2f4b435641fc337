package io.crmkit.store.jdbc;

import io.crmkit.core.store.CrmStore;
import io.crmkit.testkit.access.SecuredStoreProperties;

/**
 * A secured store over the JDBC store on H2 passes the secured-store kit's properties: the pushed-down
 * visibility, filtered in SQL, equals the policy's decisions on random data, grants, criteria and sorts.
 *
 * <p>The properties and their assertions live in the kit (crm-testkit); this class only supplies the store.
 */
class H2SecuredStoreConformanceProperties extends SecuredStoreProperties {
  @Override
  protected CrmStore createStore() {
    return JdbcStore.create(TestDatabases.h2("secured_properties"), TestDatabases.config().build());
  }
}
