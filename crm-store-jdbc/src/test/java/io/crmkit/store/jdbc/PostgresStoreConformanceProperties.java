package io.crmkit.store.jdbc;

import io.crmkit.core.store.CrmStore;
import io.crmkit.testkit.store.StoreProperties;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * The JDBC store on Postgres agrees with the reference evaluation on random data, criteria and sorts.
 *
 * <p>The properties and their assertions live in the kit (crm-testkit); this class only supplies the store.
 */
@AddLifecycleHook(PostgresStoreConformanceProperties.SkipWithoutPostgres.class)
class PostgresStoreConformanceProperties extends StoreProperties {
  @Override
  protected CrmStore createStore() {
    return JdbcStore.create(TestDatabases.postgres("crmkit_kit_properties"), TestDatabases.config().build());
  }

  /** jqwik's skip (a JUnit assumption in a jqwik lifecycle method would be an error, not a skip). */
  static final class SkipWithoutPostgres implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
      return TestDatabases.skipReason().map(SkipResult::skip).orElseGet(SkipResult::doNotSkip);
    }
  }
}
