package io.crmkit.testkit.store;

import io.crmkit.core.store.CrmStore;
import io.crmkit.core.store.memory.InMemoryStore;

/** The in-memory store agrees with the reference evaluation on random data and random criteria. */
class InMemoryStoreConformanceProperties extends StoreProperties {
  @Override
  protected CrmStore createStore() {
    return InMemoryStore.create();
  }
}
