package io.crmkit.core.store.memory;

import io.crmkit.core.Aggregate;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.FieldBinding;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The records of one entity type in one tenant: a dense array of records (what scans walk: no hash-table
 * slots to skip, records side by side), an id map to each record's slot, and a hash index per indexed field
 * (the id field is served by the id map). Deleting moves the last record into the hole. Not thread-safe: the
 * tenant's lock guards it.
 *
 * @param <T> the record type
 */
final class Table<T> {
  /** Where a record lives in the dense array. */
  private static final class Slot<T> {
    T record;
    int index;

    Slot(T record, int index) {
      this.record = record;
      this.index = index;
    }
  }

  private final EntityType<?, ?> type;
  private final HashMap<String, Slot<T>> byId = new HashMap<>();
  private Object[] records = new Object[16];
  private int size;
  private final Map<String, HashIndex<T>> indexes = new LinkedHashMap<>();

  @SuppressWarnings("unchecked")
  Table(EntityType<?, ?> type) {
    this.type = type;
    for (FieldBinding<?> b : type.indexedFields()) {
      if (!b.name().equals(EntityType.ID.name())) {
        indexes.put(b.name(), new HashIndex<>((FieldBinding<T>) b));
      }
    }
  }

  EntityType<?, ?> type() {
    return type;
  }

  @Nullable T get(String id) {
    Slot<T> slot = byId.get(id);
    return slot == null ? null : slot.record;
  }

  int size() {
    return size;
  }

  /** Calls {@code sink} with every record that passes {@code test} (all records when null): the scan loop. */
  @SuppressWarnings("unchecked")
  void scan(@Nullable Predicate<T> test, Consumer<T> sink) {
    Object[] rs = records;
    int n = size;
    if (test == null) {
      for (int i = 0; i < n; i++) {
        sink.accept((T) rs[i]);
      }
      return;
    }
    for (int i = 0; i < n; i++) {
      T r = (T) rs[i];
      if (test.test(r)) {
        sink.accept(r);
      }
    }
  }

  /** How many records pass {@code test}, allocating nothing. */
  @SuppressWarnings("unchecked")
  long count(Predicate<T> test) {
    Object[] rs = records;
    int n = size;
    long count = 0;
    for (int i = 0; i < n; i++) {
      if (test.test((T) rs[i])) {
        count++;
      }
    }
    return count;
  }

  /** A copy of every record, in no particular order (for diagnostics and tests). */
  @SuppressWarnings("unchecked")
  java.util.List<T> snapshot() {
    return (java.util.List<T>) java.util.List.of(Arrays.copyOf(records, size));
  }

  /** Makes room for {@code more} records at once (bulk inserts). */
  void reserve(int more) {
    int needed = size + more;
    if (needed > records.length) {
      records = Arrays.copyOf(records, Math.max(needed, records.length + (records.length >> 1)));
    }
  }

  /** The index on {@code field}, or null when the field has none. */
  @Nullable HashIndex<T> indexOrNull(String field) {
    return indexes.get(field);
  }

  /** Stores {@code record} under {@code id} (or removes it when null) and returns what was there. */
  @Nullable T put(String id, @Nullable T record) {
    Slot<T> slot = byId.get(id);
    T previous = slot == null ? null : slot.record;
    if (record != null) {
      if (slot == null) {
        if (size == records.length) {
          records = Arrays.copyOf(records, records.length + (records.length >> 1));
        }
        byId.put(id, new Slot<>(record, size));
        records[size++] = record;
      } else {
        slot.record = record;
        records[slot.index] = record;
      }
    } else if (slot != null) {
      byId.remove(id);
      int last = --size;
      if (slot.index != last) {
        @SuppressWarnings("unchecked")
        T moved = (T) records[last];
        records[slot.index] = moved;
        byId.get(((Aggregate<?>) moved).id().value()).index = slot.index;
      }
      records[last] = null;
    }
    if (!indexes.isEmpty()) {
      for (HashIndex<T> index : indexes.values()) {
        if (previous != null) {
          index.remove(previous, id);
        }
        if (record != null) {
          index.add(record, id);
        }
      }
    }
    return previous;
  }
}
