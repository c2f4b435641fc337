package io.crmkit.testkit.access;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.TenantId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.Query;
import io.crmkit.core.store.CrmStore;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.StoreCapability;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.TransactionRunner;
import io.crmkit.core.store.memory.InMemoryStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;

/**
 * The secured-store kit bound to a broken store. The class names end in neither Test nor Properties, so the
 * build does not run them directly; {@link SecuredStoreKitFailsOnBrokenStoresTest} runs them through the
 * JUnit Platform test kit.
 */
final class SecuredStoreBrokenKitRuns {
  private SecuredStoreBrokenKitRuns() {}

  /** The examples over a store that evaluates only the last term of a top-level {@code and}. */
  static class LosingVisibility extends SecuredStoreCompatibilityKit {
    @Override
    protected CrmStore createStore() {
      return losingVisibility();
    }
  }

  /** The properties over the same store. */
  static class LosingVisibilityProperties extends SecuredStoreProperties {
    @Override
    protected CrmStore createStore() {
      return losingVisibility();
    }
  }

  static Criteria lastTerm(Criteria c) {
    return c instanceof Criteria.And a && a.terms().size() > 1 ? a.terms().get(a.terms().size() - 1) : c;
  }

  static CrmStore losingVisibility() {
    CrmStore store = InMemoryStore.create();
    return new CrmStore() {
      @Override
      public TenantStore forTenant(TenantId tenant) {
        TenantStore ts = store.forTenant(tenant);
        return new TenantStore() {
          @Override
          public TenantId tenantId() {
            return ts.tenantId();
          }

          @Override
          public <T extends Aggregate<I>, I extends EntityId> Repository<T, I> repository(EntityType<T, I> type) {
            return rewriting(ts.repository(type));
          }

          @Override
          public TransactionRunner transactions() {
            return ts.transactions();
          }
        };
      }

      @Override
      public Set<StoreCapability> capabilities() {
        return store.capabilities();
      }
    };
  }

  @SuppressWarnings("unchecked")
  static <T extends Aggregate<I>, I extends EntityId> Repository<T, I> rewriting(Repository<T, I> delegate) {
    return (Repository<T, I>) Proxy.newProxyInstance(Repository.class.getClassLoader(), new Class<?>[] {Repository.class}, (proxy, method, args) -> {
      Object[] rewritten = args == null ? null : args.clone();
      if (rewritten != null && rewritten.length > 0) {
        if (rewritten[0] instanceof Criteria c) {
          rewritten[0] = lastTerm(c);
        } else if (rewritten[0] instanceof Query q) {
          rewritten[0] = new Query(lastTerm(q.criteria()), q.sort(), q.limit());
        }
      }
      try {
        return method.invoke(delegate, rewritten);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    });
  }

}
