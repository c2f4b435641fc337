package io.crmkit.testkit.access;

import io.crmkit.core.store.CrmStore;
import io.crmkit.core.store.memory.InMemoryStore;

/** The secured-store kit's properties over the in-memory store. */
class InMemorySecuredStoreProperties extends SecuredStoreProperties {
  @Override
  protected CrmStore createStore() {
    return InMemoryStore.create();
  }
}
