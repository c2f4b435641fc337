package io.crmkit.core.store.memory;

import io.crmkit.core.AccessDeniedException;
import io.crmkit.core.Aggregate;
import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.EntityId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.Page;
import io.crmkit.core.query.PageCursor;
import io.crmkit.core.query.PageRequest;
import io.crmkit.core.query.Query;
import io.crmkit.core.query.Sort;
import io.crmkit.core.query.Values;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.Repository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.locks.Lock;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The repository of one entity type in one tenant of an {@link InMemoryStore}.
 *
 * @param <T> the aggregate type
 * @param <I> its id type
 */
final class MemoryRepository<T extends Aggregate<I>, I extends EntityId> implements Repository<T, I> {
  private final EntityType<T, I> type;
  private final TenantSpace space;
  private final Table<T> table;
  private final RecordOrder<T> idOrder;
  private final Comparator<T> idComparator = (a, b) -> Values.CODE_POINT_ORDER.compare(a.id().value(), b.id().value());

  MemoryRepository(EntityType<T, I> type, TenantSpace space) {
    this.type = type;
    this.space = space;
    this.table = space.table(type);
    this.idOrder = new RecordOrder<>(Sort.byId(), type);
  }

  @Override
  public EntityType<T, I> type() {
    return type;
  }

  @Override
  public Optional<T> find(I id) {
    Objects.requireNonNull(id, "id");
    Lock lock = space.readLock();
    lock.lock();
    try {
      return Optional.ofNullable(table.get(id.value()));
    } finally {
      lock.unlock();
    }
  }

  @Override
  public T insert(T record) {
    Objects.requireNonNull(record, "record");
    checkTenant(record);
    if (record.version() != 0) {
      throw new ValidationException(
          "version",
          "a new " + type.name() + " must have version 0 but " + record.id().value() + " has "
              + record.version() + ": use update for stored records");
    }
    String id = record.id().value();
    Lock lock = space.writeLock();
    lock.lock();
    try {
      T existing = table.get(id);
      if (existing != null) {
        throw new ConcurrencyConflictException(type.name(), id, 0, existing.version());
      }
      T stored = withVersion(record, 1);
      space.write(table, id, stored);
      return stored;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public List<T> insertAll(Collection<T> records) {
    Objects.requireNonNull(records, "records");
    List<T> out = new ArrayList<>(records.size());
    Lock lock = space.writeLock();
    lock.lock();
    try {
      table.reserve(records.size());
      for (T record : records) {
        try {
          out.add(insert(record));
        } catch (RuntimeException | Error e) {
          // all or nothing: every record stored so far was new, so undoing it is removing it (an outer
          // transaction's undo log, if any, restores the same absence)
          for (T stored : out) {
            table.put(stored.id().value(), null);
          }
          throw e;
        }
      }
      return Collections.unmodifiableList(out);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public T update(T record) {
    Objects.requireNonNull(record, "record");
    checkTenant(record);
    String id = record.id().value();
    Lock lock = space.writeLock();
    lock.lock();
    try {
      checkVersion(id, record.version());
      T stored = withVersion(record, record.version() + 1);
      space.write(table, id, stored);
      return stored;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void delete(I id, long expectedVersion) {
    Objects.requireNonNull(id, "id");
    Lock lock = space.writeLock();
    lock.lock();
    try {
      checkVersion(id.value(), expectedVersion);
      space.write(table, id.value(), null);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public List<T> query(Query query) {
    Objects.requireNonNull(query, "query");
    int limit = query.limit().orElse(Integer.MAX_VALUE);
    if (query.sort().keys().isEmpty()) {
      return selectInIdOrder(query.criteria(), limit);
    }
    List<RecordOrder.Row<T>> rows = select(query.criteria(), order(query.sort()), null, limit);
    return records(rows);
  }

  @Override
  public long count(Criteria criteria) {
    Objects.requireNonNull(criteria, "criteria");
    type.validate(criteria);
    Lock lock = space.readLock();
    lock.lock();
    try {
      return QueryPlan.of(criteria, type, table).count();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public Page<T> page(Criteria criteria, Sort sort, PageRequest request) {
    Objects.requireNonNull(criteria, "criteria");
    Objects.requireNonNull(request, "request");
    RecordOrder<T> order = order(sort);
    RecordOrder.Row<T> after = request.after().map(c -> order.row(PageCursor.decode(c, sort))).orElse(null);
    List<RecordOrder.Row<T>> rows = select(criteria, order, after, request.size() + 1);
    Optional<String> next = Optional.empty();
    if (rows.size() > request.size()) {
      rows = rows.subList(0, request.size());
      next = Optional.of(order.cursor(rows.get(rows.size() - 1)).encode());
    }
    return new Page<>(records(rows), next, request.size());
  }

  @Override
  public Stream<T> stream(Criteria criteria) {
    Objects.requireNonNull(criteria, "criteria");
    // a snapshot: the consumer never holds the tenant lock
    return selectInIdOrder(criteria, Integer.MAX_VALUE).stream();
  }

  /**
   * The first {@code limit} matching records in id order: the common case (lookups, streams), served without
   * sort rows — an index lookup of one record allocates one list and sorts nothing.
   */
  private List<T> selectInIdOrder(Criteria criteria, int limit) {
    type.validate(criteria);
    if (limit == 0) {
      return List.of();
    }
    ArrayList<T> out;
    Lock lock = space.readLock();
    lock.lock();
    try {
      if (criteria instanceof Criteria.Eq eq) {
        // the lookup of a unique value (an e-mail, an external id): one index probe, one record, no plan
        HashIndex<T> index = table.indexOrNull(eq.field().name());
        String only = index == null ? null : index.singleIdOrNull(eq.value());
        if (only != null) {
          T record = table.get(only);
          return record == null ? List.of() : List.of(record);
        }
      }
      QueryPlan<T> plan = QueryPlan.of(criteria, type, table);
      if (limit >= table.size()) {
        ArrayList<T> all = new ArrayList<>(plan.usesIndex() ? 4 : 16);
        plan.forEach(all::add);
        out = all;
      } else {
        PriorityQueue<T> best = new PriorityQueue<>(Math.min(limit, 1024) + 1, idComparator.reversed());
        plan.forEach(
            r -> {
              if (best.size() < limit) {
                best.add(r);
              } else if (idComparator.compare(r, best.peek()) < 0) {
                best.poll();
                best.add(r);
              }
            });
        out = new ArrayList<>(best);
      }
    } finally {
      lock.unlock();
    }
    if (out.size() > 1) {
      out.sort(idComparator);
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The first {@code limit} matching rows after {@code after}, in order. Reads under the read lock, sorts
   * after releasing it; keeps only {@code limit} rows in a heap when that is fewer than the table holds, and
   * makes a row only for a record that enters the heap.
   */
  private List<RecordOrder.Row<T>> select(
      Criteria criteria, RecordOrder<T> order, RecordOrder.@Nullable Row<T> after, int limit) {
    type.validate(criteria);
    if (limit == 0) {
      return List.of();
    }
    ArrayList<RecordOrder.Row<T>> rows;
    Lock lock = space.readLock();
    lock.lock();
    try {
      QueryPlan<T> plan = QueryPlan.of(criteria, type, table);
      if (limit >= table.size()) {
        ArrayList<RecordOrder.Row<T>> all = new ArrayList<>();
        plan.forEach(
            r -> {
              String id = r.id().value();
              if (after == null || order.compare(r, id, after) > 0) {
                all.add(order.row(r, id));
              }
            });
        rows = all;
      } else {
        PriorityQueue<RecordOrder.Row<T>> best = new PriorityQueue<>(Math.min(limit, 1024) + 1, order.reversed());
        plan.forEach(
            r -> {
              String id = r.id().value();
              if (after != null && order.compare(r, id, after) <= 0) {
                return;
              }
              if (best.size() < limit) {
                best.add(order.row(r, id));
              } else if (order.compare(r, id, best.peek()) < 0) {
                best.poll();
                best.add(order.row(r, id));
              }
            });
        rows = new ArrayList<>(best);
      }
    } finally {
      lock.unlock();
    }
    if (rows.size() > 1) {
      rows.sort(order);
    }
    return rows;
  }

  private RecordOrder<T> order(Sort sort) {
    return sort.keys().isEmpty() ? idOrder : new RecordOrder<>(sort, type);
  }

  private List<T> records(List<RecordOrder.Row<T>> rows) {
    List<T> out = new ArrayList<>(rows.size());
    for (RecordOrder.Row<T> row : rows) {
      out.add(Objects.requireNonNull(row.record()));
    }
    return Collections.unmodifiableList(out);
  }

  private void checkVersion(String id, long expected) {
    T existing = table.get(id);
    long actual = existing == null ? -1 : existing.version();
    if (actual != expected) {
      throw new ConcurrencyConflictException(type.name(), id, expected, actual);
    }
  }

  private void checkTenant(T record) {
    if (!record.tenantId().equals(space.tenant())) {
      throw new AccessDeniedException(
          "cannot write " + type.name() + " " + record.id().value() + " of tenant '" + record.tenantId()
              + "' through the store of tenant '" + space.tenant() + "'");
    }
  }

  private T withVersion(T record, long version) {
    return type.javaType().cast(record.withVersion(version));
  }
}
