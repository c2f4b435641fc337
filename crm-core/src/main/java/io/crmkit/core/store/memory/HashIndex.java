package io.crmkit.core.store.memory;

import io.crmkit.core.query.Values;
import io.crmkit.core.store.FieldBinding;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A hash index of one field: {@link Values#indexKey} of each value to the ids of the records holding it.
 * A bucket is a single id {@code String} (the common, unique case, no set allocated) or a {@code Set} of ids.
 * Multi-valued fields index every value. Guarded by the tenant lock of its table.
 *
 * @param <T> the record type
 */
final class HashIndex<T> {
  private final FieldBinding<T> binding;
  private final Map<Object, Object> buckets = new HashMap<>();

  HashIndex(FieldBinding<T> binding) {
    this.binding = binding;
  }

  FieldBinding<T> binding() {
    return binding;
  }

  void add(T record, String id) {
    if (binding.isMulti()) {
      for (Object v : binding.multiValues(record)) {
        addKey(Values.indexKey(v), id);
      }
    } else {
      Object v = binding.valueOrNull(record);
      if (v != null) {
        addKey(Values.indexKey(v), id);
      }
    }
  }

  void remove(T record, String id) {
    if (binding.isMulti()) {
      for (Object v : binding.multiValues(record)) {
        removeKey(Values.indexKey(v), id);
      }
    } else {
      Object v = binding.valueOrNull(record);
      if (v != null) {
        removeKey(Values.indexKey(v), id);
      }
    }
  }

  /** The ids whose field holds {@code value} (any value, for multi-valued fields); never copied. */
  Collection<String> ids(Object value) {
    Object bucket = buckets.get(Values.indexKey(value));
    if (bucket == null) {
      return List.of();
    }
    if (bucket instanceof String id) {
      return List.of(id);
    }
    @SuppressWarnings("unchecked")
    Set<String> ids = (Set<String>) bucket;
    return ids;
  }

  /** The one id {@code value} maps to, or null when it maps to none or to several. */
  @Nullable String singleIdOrNull(Object value) {
    Object bucket = buckets.get(Values.indexKey(value));
    return bucket instanceof String id ? id : null;
  }

  /** How many ids {@code value} maps to, without allocating. */
  int size(Object value) {
    Object bucket = buckets.get(Values.indexKey(value));
    if (bucket == null) {
      return 0;
    }
    return bucket instanceof String ? 1 : ((Set<?>) bucket).size();
  }

  private void addKey(Object key, String id) {
    Object bucket = buckets.get(key);
    if (bucket == null) {
      buckets.put(key, id);
    } else if (bucket instanceof String single) {
      if (!single.equals(id)) {
        Set<String> ids = new HashSet<>(4);
        ids.add(single);
        ids.add(id);
        buckets.put(key, ids);
      }
    } else {
      @SuppressWarnings("unchecked")
      Set<String> ids = (Set<String>) bucket;
      ids.add(id);
    }
  }

  private void removeKey(Object key, String id) {
    @Nullable Object bucket = buckets.get(key);
    if (bucket == null) {
      return;
    }
    if (bucket instanceof String single) {
      if (single.equals(id)) {
        buckets.remove(key);
      }
      return;
    }
    @SuppressWarnings("unchecked")
    Set<String> ids = (Set<String>) bucket;
    ids.remove(id);
    if (ids.size() == 1) {
      buckets.put(key, ids.iterator().next());
    } else if (ids.isEmpty()) {
      buckets.remove(key);
    }
  }
}
