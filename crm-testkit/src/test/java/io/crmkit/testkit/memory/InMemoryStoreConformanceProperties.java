package io.crmkit.testkit.memory;

import io.crmkit.core.store.CrmStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.testkit.store.StoreProperties;

/**
 * The in-memory store agrees with the reference evaluation on random data and random criteria.
 *
 * <p>The properties and their assertions live in the kit (crm-testkit); this class only supplies the store.
 */
class InMemoryStoreConformanceProperties extends StoreProperties {
  @Override
  protected CrmStore createStore() {
    return InMemoryStore.create();
  }
}
