package io.crmkit.testkit.store;

import io.crmkit.core.store.CrmStore;

/**
 * The kit bound to each broken store. The class names end in neither Test nor Properties, so the build does
 * not run them directly; {@link BrokenStoresFailTheKitTest} runs them through the JUnit Platform test kit.
 */
final class BrokenStoreKitRuns {
  private BrokenStoreKitRuns() {}

  static class IgnoringVersions extends StoreCompatibilityKit {
    @Override
    protected CrmStore createStore() {
      return BrokenStores.ignoringVersions();
    }
  }

  static class LeakingTenants extends StoreCompatibilityKit {
    @Override
    protected CrmStore createStore() {
      return BrokenStores.leakingTenants();
    }
  }

  static class SqlStyleNot extends StoreCompatibilityKit {
    @Override
    protected CrmStore createStore() {
      return BrokenStores.sqlStyleNot();
    }
  }

  static class WithoutCapabilities extends StoreCompatibilityKit {
    @Override
    protected CrmStore createStore() {
      return BrokenStores.withoutCapabilities();
    }
  }

  static class SqlStyleNotProperties extends StoreProperties {
    @Override
    protected CrmStore createStore() {
      return BrokenStores.sqlStyleNot();
    }
  }
}
