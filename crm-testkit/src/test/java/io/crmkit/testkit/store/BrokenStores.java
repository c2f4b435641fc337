package io.crmkit.testkit.store;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.TenantId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.query.Page;
import io.crmkit.core.query.PageRequest;
import io.crmkit.core.query.Query;
import io.crmkit.core.query.Sort;
import io.crmkit.core.store.CrmStore;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.StoreCapability;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.TransactionRunner;
import io.crmkit.core.store.memory.InMemoryStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** Deliberately broken stores, each wrong in one way, that the conformance kit must catch. */
final class BrokenStores {
  private BrokenStores() {}

  /** Overwrites whatever version is stored: last writer wins, stale updates and deletes go through. */
  static CrmStore ignoringVersions() {
    return new WrappingStore(InMemoryStore.create()) {
      @Override
      <T extends Aggregate<I>, I extends EntityId> Repository<T, I> wrap(Repository<T, I> r, TenantId tenant) {
        return new ForwardingRepository<>(r) {
          @Override
          @SuppressWarnings("unchecked")
          public T update(T record) {
            long stored = r.find(record.id()).map(Aggregate::version).orElse(record.version());
            return r.update((T) record.withVersion(stored));
          }

          @Override
          public void delete(I id, long expectedVersion) {
            r.delete(id, r.find(id).map(Aggregate::version).orElse(expectedVersion));
          }
        };
      }
    };
  }

  /** Reads fall back to every other tenant the store has seen: a tenant leak. */
  static CrmStore leakingTenants() {
    Map<TenantId, TenantStore> seen = new ConcurrentHashMap<>();
    return new WrappingStore(InMemoryStore.create()) {
      @Override
      public TenantStore forTenant(TenantId tenant) {
        seen.computeIfAbsent(tenant, delegate::forTenant);
        return super.forTenant(tenant);
      }

      @Override
      <T extends Aggregate<I>, I extends EntityId> Repository<T, I> wrap(Repository<T, I> r, TenantId tenant) {
        return new ForwardingRepository<>(r) {
          @Override
          public Optional<T> find(I id) {
            Optional<T> own = r.find(id);
            if (own.isPresent()) {
              return own;
            }
            for (TenantStore other : seen.values()) {
              Optional<T> leaked = other.repository(r.type()).find(id);
              if (leaked.isPresent()) {
                return leaked;
              }
            }
            return Optional.empty();
          }

          @Override
          public List<T> query(Query query) {
            List<T> all = new ArrayList<>();
            for (TenantStore ts : seen.values()) {
              all.addAll(ts.repository(r.type()).query(query));
            }
            return all;
          }
        };
      }
    };
  }

  /**
   * Evaluates {@code not} the SQL way: {@code not(eq(f, x))} leaves out records where {@code f} is absent,
   * where the reference semantics keep them.
   */
  static CrmStore sqlStyleNot() {
    return new WrappingStore(InMemoryStore.create()) {
      @Override
      <T extends Aggregate<I>, I extends EntityId> Repository<T, I> wrap(Repository<T, I> r, TenantId tenant) {
        return new CriteriaRewritingRepository<>(r, BrokenStores::threeValuedNot);
      }
    };
  }

  /** A correct store that declares no optional capability: the kit must skip, not pass, those checks. */
  static CrmStore withoutCapabilities() {
    return new WrappingStore(InMemoryStore.create()) {
      @Override
      public Set<StoreCapability> capabilities() {
        return Set.of();
      }
    };
  }

  private static Criteria threeValuedNot(Criteria c) {
    if (c instanceof Criteria.Not n) {
      List<Criteria> terms = new ArrayList<>();
      terms.add(Criteria.not(threeValuedNot(n.term())));
      for (FieldRef<?> f : n.term().fields()) {
        terms.add(Criteria.isPresent(f));
      }
      return Criteria.and(terms);
    }
    if (c instanceof Criteria.And a) {
      return Criteria.and(a.terms().stream().map(BrokenStores::threeValuedNot).toList());
    }
    if (c instanceof Criteria.Or o) {
      return Criteria.or(o.terms().stream().map(BrokenStores::threeValuedNot).toList());
    }
    return c;
  }

  /** A store that hands out wrapped repositories of a delegate store. */
  abstract static class WrappingStore implements CrmStore {
    final CrmStore delegate;

    WrappingStore(CrmStore delegate) {
      this.delegate = delegate;
    }

    <T extends Aggregate<I>, I extends EntityId> Repository<T, I> wrap(Repository<T, I> r, TenantId tenant) {
      return r;
    }

    @Override
    public TenantStore forTenant(TenantId tenant) {
      TenantStore ts = delegate.forTenant(tenant);
      return new TenantStore() {
        @Override
        public TenantId tenantId() {
          return ts.tenantId();
        }

        @Override
        public <T extends Aggregate<I>, I extends EntityId> Repository<T, I> repository(EntityType<T, I> type) {
          return wrap(ts.repository(type), tenant);
        }

        @Override
        public TransactionRunner transactions() {
          return ts.transactions();
        }
      };
    }

    @Override
    public Set<StoreCapability> capabilities() {
      return delegate.capabilities();
    }
  }

  /** Forwards every call to a delegate repository; subclasses break one thing. */
  static class ForwardingRepository<T extends Aggregate<I>, I extends EntityId> implements Repository<T, I> {
    final Repository<T, I> delegate;

    ForwardingRepository(Repository<T, I> delegate) {
      this.delegate = delegate;
    }

    @Override
    public EntityType<T, I> type() {
      return delegate.type();
    }

    @Override
    public Optional<T> find(I id) {
      return delegate.find(id);
    }

    @Override
    public T insert(T record) {
      return delegate.insert(record);
    }

    @Override
    public List<T> insertAll(java.util.Collection<T> records) {
      return delegate.insertAll(records);
    }

    @Override
    public T update(T record) {
      return delegate.update(record);
    }

    @Override
    public void delete(I id, long expectedVersion) {
      delegate.delete(id, expectedVersion);
    }

    @Override
    public List<T> query(Query query) {
      return delegate.query(query);
    }

    @Override
    public long count(Criteria criteria) {
      return delegate.count(criteria);
    }

    @Override
    public Page<T> page(Criteria criteria, Sort sort, PageRequest request) {
      return delegate.page(criteria, sort, request);
    }

    @Override
    public Stream<T> stream(Criteria criteria) {
      return delegate.stream(criteria);
    }
  }

  /** Rewrites every criteria before the delegate sees it. */
  static final class CriteriaRewritingRepository<T extends Aggregate<I>, I extends EntityId> extends ForwardingRepository<T, I> {
    private final UnaryOperator<Criteria> rewrite;

    CriteriaRewritingRepository(Repository<T, I> delegate, UnaryOperator<Criteria> rewrite) {
      super(delegate);
      this.rewrite = rewrite;
    }

    @Override
    public List<T> query(Query query) {
      return delegate.query(new Query(rewrite.apply(query.criteria()), query.sort(), query.limit()));
    }

    @Override
    public long count(Criteria criteria) {
      return delegate.count(rewrite.apply(criteria));
    }

    @Override
    public Page<T> page(Criteria criteria, Sort sort, PageRequest request) {
      return delegate.page(rewrite.apply(criteria), sort, request);
    }

    @Override
    public Stream<T> stream(Criteria criteria) {
      return delegate.stream(rewrite.apply(criteria));
    }
  }
}
