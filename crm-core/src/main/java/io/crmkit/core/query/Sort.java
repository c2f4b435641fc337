package io.crmkit.core.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The order of query results: sort keys applied in turn, always followed by the record id ascending so that
 * the order is total and keyset paging is stable. Absent values sort last ascending and first descending
 * (PostgreSQL's default).
 *
 * <p>{@code Sort.by(ContactFields.FAMILY_NAME).thenDescending(ContactFields.UPDATED_AT)}
 */
public record Sort(List<Key> keys) {
  /** One sort key: a single-valued field and a direction. */
  public record Key(FieldRef<?> field, boolean descending) {
    public Key {
      Objects.requireNonNull(field, "field");
    }
  }

  public Sort {
    keys = List.copyOf(keys);
  }

  /** Id order only. */
  public static Sort byId() {
    return new Sort(List.of());
  }

  public static Sort by(FieldRef<?> field) {
    return new Sort(List.of(new Key(field, false)));
  }

  public static Sort byDescending(FieldRef<?> field) {
    return new Sort(List.of(new Key(field, true)));
  }

  public Sort then(FieldRef<?> field) {
    return append(new Key(field, false));
  }

  public Sort thenDescending(FieldRef<?> field) {
    return append(new Key(field, true));
  }

  private Sort append(Key key) {
    List<Key> k = new ArrayList<>(keys);
    k.add(key);
    return new Sort(k);
  }
}
