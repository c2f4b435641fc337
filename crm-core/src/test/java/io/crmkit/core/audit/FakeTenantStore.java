package io.crmkit.core.audit;

import io.crmkit.core.AccessDeniedException;
import io.crmkit.core.Aggregate;
import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.EntityId;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.Page;
import io.crmkit.core.query.PageRequest;
import io.crmkit.core.query.Query;
import io.crmkit.core.query.Sort;
import io.crmkit.core.query.Values;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.FieldBinding;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.TransactionRunner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A test-only tenant store: hash maps with version checks, criteria through {@link EntityType#matcher},
 * and transactions that snapshot the maps and restore them when the work throws. It logs every committed
 * write with the number of the transaction it ran in, so tests can check what was written together.
 */
public final class FakeTenantStore implements TenantStore {
  /** One stored write: entity type, id, operation and the transaction it ran in (empty outside one). */
  public record Write(String type, String id, String operation, OptionalLong transaction) {}

  private final TenantId tenant;
  private final Map<String, LinkedHashMap<String, Aggregate<?>>> data = new HashMap<>();
  private final Map<String, FakeRepository<?, ?>> repositories = new HashMap<>();
  private final List<Write> writes = new ArrayList<>();
  private int depth;
  private long transactionCounter;
  private long currentTransaction;

  public FakeTenantStore(TenantId tenant) {
    this.tenant = tenant;
  }

  @Override
  public TenantId tenantId() {
    return tenant;
  }

  @Override
  @SuppressWarnings("unchecked")
  public synchronized <T extends Aggregate<I>, I extends EntityId> Repository<T, I> repository(EntityType<T, I> type) {
    return (Repository<T, I>) repositories.computeIfAbsent(type.name(), n -> new FakeRepository<>(type));
  }

  @Override
  public TransactionRunner transactions() {
    return new TransactionRunner() {
      @Override
      public <R> R inTransaction(Supplier<R> work) {
        return runInTransaction(work);
      }
    };
  }

  /** The committed writes so far, in order. */
  public synchronized List<Write> writes() {
    return List.copyOf(writes);
  }

  /** How many outermost transactions have started. */
  public synchronized long transactionsStarted() {
    return transactionCounter;
  }

  private synchronized <R> R runInTransaction(Supplier<R> work) {
    if (depth > 0) {
      depth++;
      try {
        return work.get();
      } finally {
        depth--;
      }
    }
    Map<String, LinkedHashMap<String, Aggregate<?>>> snapshot = new HashMap<>();
    data.forEach((k, v) -> snapshot.put(k, new LinkedHashMap<>(v)));
    int writesBefore = writes.size();
    depth = 1;
    currentTransaction = ++transactionCounter;
    try {
      return work.get();
    } catch (RuntimeException | Error e) {
      data.clear();
      data.putAll(snapshot);
      writes.subList(writesBefore, writes.size()).clear();
      throw e;
    } finally {
      depth = 0;
    }
  }

  private synchronized LinkedHashMap<String, Aggregate<?>> table(String type) {
    return data.computeIfAbsent(type, k -> new LinkedHashMap<>());
  }

  private synchronized void log(String type, String id, String op) {
    writes.add(new Write(type, id, op, depth > 0 ? OptionalLong.of(currentTransaction) : OptionalLong.empty()));
  }

  private final class FakeRepository<T extends Aggregate<I>, I extends EntityId> implements Repository<T, I> {
    private final EntityType<T, I> type;

    FakeRepository(EntityType<T, I> type) {
      this.type = type;
    }

    @Override
    public EntityType<T, I> type() {
      return type;
    }

    @SuppressWarnings("unchecked")
    private List<T> all() {
      synchronized (FakeTenantStore.this) {
        return new ArrayList<>((java.util.Collection<T>) (java.util.Collection<?>) table(type.name()).values());
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<T> find(I id) {
      synchronized (FakeTenantStore.this) {
        return Optional.ofNullable((T) table(type.name()).get(id.value()));
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    public T insert(T record) {
      synchronized (FakeTenantStore.this) {
        checkTenant(record);
        ValidationException.check(record.version() == 0, "version", "a new record has version 0");
        Aggregate<?> existing = table(type.name()).get(record.id().value());
        if (existing != null) {
          throw new ConcurrencyConflictException(type.name(), record.id().value(), 0, existing.version());
        }
        T saved = (T) record.withVersion(1);
        table(type.name()).put(record.id().value(), saved);
        log(type.name(), record.id().value(), "insert");
        return saved;
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    public T update(T record) {
      synchronized (FakeTenantStore.this) {
        checkTenant(record);
        Aggregate<?> existing = table(type.name()).get(record.id().value());
        if (existing == null || existing.version() != record.version()) {
          throw new ConcurrencyConflictException(
              type.name(), record.id().value(), record.version(), existing == null ? -1 : existing.version());
        }
        T saved = (T) record.withVersion(record.version() + 1);
        table(type.name()).put(record.id().value(), saved);
        log(type.name(), record.id().value(), "update");
        return saved;
      }
    }

    @Override
    public void delete(I id, long expectedVersion) {
      synchronized (FakeTenantStore.this) {
        Aggregate<?> existing = table(type.name()).get(id.value());
        if (existing == null || existing.version() != expectedVersion) {
          throw new ConcurrencyConflictException(type.name(), id.value(), expectedVersion, existing == null ? -1 : existing.version());
        }
        table(type.name()).remove(id.value());
        log(type.name(), id.value(), "delete");
      }
    }

    @Override
    public List<T> query(Query query) {
      type.validate(query.sort());
      Predicate<T> p = type.matcher(query.criteria());
      Stream<T> s = all().stream().filter(p).sorted(order(query.sort()));
      if (query.limit().isPresent()) {
        s = s.limit(query.limit().getAsInt());
      }
      return s.toList();
    }

    @Override
    public long count(Criteria criteria) {
      return all().stream().filter(type.matcher(criteria)).count();
    }

    @Override
    public Page<T> page(Criteria criteria, Sort sort, PageRequest request) {
      List<T> all = query(Query.where(criteria).orderBy(sort));
      int from = request.after().map(Integer::parseInt).orElse(0);
      int to = Math.min(all.size(), from + request.size());
      Optional<String> next = to < all.size() ? Optional.of(Integer.toString(to)) : Optional.empty();
      return new Page<>(all.subList(from, to), next, request.size());
    }

    @Override
    public Stream<T> stream(Criteria criteria) {
      return query(criteria).stream();
    }

    private void checkTenant(T record) {
      if (!record.tenantId().equals(tenant)) {
        throw new AccessDeniedException("record of tenant " + record.tenantId() + " written through the store of " + tenant);
      }
    }

    private Comparator<T> order(Sort sort) {
      Comparator<T> c = (a, b) -> 0;
      for (Sort.Key k : sort.keys()) {
        FieldBinding<T> binding = type.binding(k.field());
        Comparator<T> key = (a, b) -> {
          Object va = binding.valueOrNull(a);
          Object vb = binding.valueOrNull(b);
          if (va == null || vb == null) {
            return va == vb ? 0 : (va == null ? 1 : -1); // absent last ascending
          }
          return Values.compare(va, vb);
        };
        c = c.thenComparing(k.descending() ? key.reversed() : key);
      }
      return c.thenComparing(r -> r.id().value(), Values.CODE_POINT_ORDER);
    }
  }
}
