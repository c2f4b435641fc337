package io.crmkit.core.store.memory;

import io.crmkit.core.query.PageCursor;
import io.crmkit.core.query.Sort;
import io.crmkit.core.query.Values;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.FieldBinding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The total order of a {@link Sort} over records: keys in turn by {@link Values#compare}, absent values last
 * ascending and first descending, then the id ascending in code-point order. Works on {@link Row}s, which
 * carry the sort-key values read once per record.
 *
 * @param <T> the record type
 */
final class RecordOrder<T> implements Comparator<RecordOrder.Row<T>> {
  private final Sort sort;
  private final List<FieldBinding<T>> bindings;
  private final boolean[] descending;

  /** A record with its sort-key values (null where absent) and id. */
  record Row<T>(@Nullable Object[] keys, String id, @Nullable T record) {}

  @SuppressWarnings("unchecked")
  RecordOrder(Sort sort, EntityType<?, ?> type) {
    type.validate(sort);
    this.sort = sort;
    this.bindings = new ArrayList<>(sort.keys().size());
    this.descending = new boolean[sort.keys().size()];
    for (int i = 0; i < sort.keys().size(); i++) {
      Sort.Key key = sort.keys().get(i);
      bindings.add((FieldBinding<T>) type.binding(key.field()));
      descending[i] = key.descending();
    }
  }

  Row<T> row(T record, String id) {
    @Nullable Object[] keys = new Object[bindings.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = bindings.get(i).valueOrNull(record);
    }
    return new Row<>(keys, id, record);
  }

  /** The position a cursor marks, as a row without a record. */
  Row<T> row(PageCursor cursor) {
    @Nullable Object[] keys = new Object[bindings.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = cursor.values().get(i).orElse(null);
    }
    return new Row<>(keys, cursor.id(), null);
  }

  /** The cursor that marks {@code row}. */
  PageCursor cursor(Row<T> row) {
    List<Optional<Object>> values = new ArrayList<>(row.keys().length);
    for (Object k : row.keys()) {
      values.add(Optional.ofNullable(k));
    }
    return new PageCursor(sort, values, row.id());
  }

  /**
   * Compares a record, not yet made into a row, with a row: reads only the keys it needs and allocates
   * nothing, for the hot loop of a paged or limited selection.
   */
  int compare(T record, String id, Row<T> row) {
    for (int i = 0; i < descending.length; i++) {
      int c = compareAbsentLast(bindings.get(i).valueOrNull(record), row.keys()[i]);
      if (c != 0) {
        return descending[i] ? -c : c;
      }
    }
    return Values.CODE_POINT_ORDER.compare(id, row.id());
  }

  /** Whether the order is by id alone. */
  boolean byIdOnly() {
    return descending.length == 0;
  }

  @Override
  public int compare(Row<T> a, Row<T> b) {
    for (int i = 0; i < descending.length; i++) {
      int c = compareAbsentLast(a.keys()[i], b.keys()[i]);
      if (c != 0) {
        return descending[i] ? -c : c;
      }
    }
    return Values.CODE_POINT_ORDER.compare(a.id(), b.id());
  }

  private static int compareAbsentLast(@Nullable Object a, @Nullable Object b) {
    if (a == null) {
      return b == null ? 0 : 1;
    }
    if (b == null) {
      return -1;
    }
    return Values.compare(a, b);
  }
}
