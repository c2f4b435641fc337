package io.crmkit.testkit.access;

import io.crmkit.core.store.CrmStore;
import io.crmkit.core.store.memory.InMemoryStore;

/** The secured-store kit's examples over the in-memory store. */
class InMemorySecuredStoreCompatibilityTest extends SecuredStoreCompatibilityKit {
  @Override
  protected CrmStore createStore() {
    return InMemoryStore.create();
  }
}
