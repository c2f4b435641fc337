package io.crmkit.store.jdbc;

import io.crmkit.core.store.CrmStore;
import io.crmkit.testkit.store.StoreProperties;

/** The JDBC store on Postgres agrees with the reference evaluation on random data, criteria and sorts. */
class PostgresStoreConformanceProperties extends StoreProperties {
  @Override
  protected CrmStore createStore() {
    return JdbcStore.create(TestDatabases.postgres("crmkit_kit_properties"), TestDatabases.config().build());
  }
}
