package io.crmkit.core.store.memory;

import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.FieldBinding;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The records of one entity type in one tenant: id to record, plus a hash index per indexed field (the id
 * field is served by the record map itself). Not thread-safe: the tenant's lock guards it.
 *
 * @param <T> the record type
 */
final class Table<T> {
  private final EntityType<?, ?> type;
  private final HashMap<String, T> records = new HashMap<>();
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
    return records.get(id);
  }

  int size() {
    return records.size();
  }

  /** Every record, uncopied: iterate it under the tenant lock only. */
  Collection<T> all() {
    return records.values();
  }

  /** The index on {@code field}, or null when the field has none. */
  @Nullable HashIndex<T> indexOrNull(String field) {
    return indexes.get(field);
  }

  /** Stores {@code record} under {@code id} (or removes it when null) and returns what was there. */
  @Nullable T put(String id, @Nullable T record) {
    T previous = record == null ? records.remove(id) : records.put(id, record);
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
