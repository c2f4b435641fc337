package io.crmkit.testkit.store;

import io.crmkit.core.store.CrmStore;
import io.crmkit.core.store.memory.InMemoryStore;

/** The in-memory store passes the conformance kit. */
class InMemoryStoreCompatibilityTest extends StoreCompatibilityKit {
  @Override
  protected CrmStore createStore() {
    return InMemoryStore.create();
  }
}
