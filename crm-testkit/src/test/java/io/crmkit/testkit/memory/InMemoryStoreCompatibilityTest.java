package io.crmkit.testkit.memory;

import io.crmkit.core.store.CrmStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.testkit.store.StoreCompatibilityKit;

/**
 * The in-memory store passes the conformance kit, extended from outside the kit's package as an adapter would.
 *
 * <p>The checks and their assertions live in the kit (crm-testkit); this class only supplies the store.
 */
class InMemoryStoreCompatibilityTest extends StoreCompatibilityKit {
  @Override
  protected CrmStore createStore() {
    return InMemoryStore.create();
  }
}
