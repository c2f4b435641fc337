package io.crmkit.core.store.memory;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.store.EntityType;
import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One tenant's data: a table per entity type, one read-write lock over all of them, and the undo log of the
 * transaction that holds the write lock. Reads take the read lock; single writes take the write lock
 * briefly; a transaction holds the write lock for its whole run, so no reader sees half of it.
 */
final class TenantSpace {
  private final TenantId tenant;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final ConcurrentHashMap<String, Table<?>> tables = new ConcurrentHashMap<>();
  // non-null while a transaction runs; read and written only by the thread holding the write lock
  private @Nullable ArrayList<Undo> undo;

  TenantSpace(TenantId tenant) {
    this.tenant = tenant;
  }

  TenantId tenant() {
    return tenant;
  }

  ReentrantReadWriteLock.ReadLock readLock() {
    return lock.readLock();
  }

  ReentrantReadWriteLock.WriteLock writeLock() {
    return lock.writeLock();
  }

  /** The table of {@code type}, made on first use; one type name maps to one Java type. */
  @SuppressWarnings("unchecked")
  <T> Table<T> table(EntityType<?, ?> type) {
    Table<?> table = tables.computeIfAbsent(type.name(), n -> new Table<>(type));
    if (table.type() != type && table.type().javaType() != type.javaType()) {
      throw new ValidationException(
          "entityType",
          "'" + type.name() + "' is already used for " + table.type().javaType().getName()
              + ", not " + type.javaType().getName() + ": give each entity type its own name");
    }
    return (Table<T>) table;
  }

  /**
   * Writes {@code record} (or removes the id when null) into {@code table}, logging the old state when a
   * transaction runs. The caller holds the write lock.
   */
  <T> void write(Table<T> table, String id, @Nullable T record) {
    T previous = table.put(id, record);
    ArrayList<Undo> log = undo;
    if (log != null) {
      log.add(new Undo(table, id, previous));
    }
  }

  /**
   * Runs {@code work} holding the write lock; when it throws, every write it made is undone. A nested call
   * joins the running transaction, and undoes only its own writes when it throws.
   */
  <R> R inTransaction(Supplier<R> work) {
    ArrayList<Undo> running = lock.isWriteLockedByCurrentThread() ? undo : null;
    if (running != null) {
      int savepoint = running.size();
      try {
        return work.get();
      } catch (Throwable t) {
        rollbackTo(running, savepoint);
        throw t;
      }
    }
    if (lock.getReadHoldCount() > 0) {
      throw new IllegalStateException("cannot start a transaction while reading " + tenant);
    }
    lock.writeLock().lock();
    ArrayList<Undo> log = new ArrayList<>();
    ArrayList<Undo> outer = undo; // a single write that opened no transaction leaves null here
    undo = log;
    try {
      return work.get();
    } catch (Throwable t) {
      rollbackTo(log, 0);
      throw t;
    } finally {
      undo = outer;
      lock.writeLock().unlock();
    }
  }

  @SuppressWarnings("unchecked")
  private static void rollbackTo(ArrayList<Undo> log, int savepoint) {
    for (int i = log.size() - 1; i >= savepoint; i--) {
      Undo u = log.remove(i);
      ((Table<Object>) u.table()).put(u.id(), u.previous());
    }
  }

  /** What a write replaced: put {@code previous} back (remove when null) to undo it. */
  private record Undo(Table<?> table, String id, @Nullable Object previous) {}
}
