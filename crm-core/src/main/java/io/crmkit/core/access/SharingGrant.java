package io.crmkit.core.access;

import io.crmkit.core.Aggregate;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.FieldBinding;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One way a user reaches records of one type: the rule's name, the level and the records it covers. The same
 * grant answers a record ({@link #covers}) and states its records as criteria ({@link #criteria}), so a
 * decision and its push-down cannot drift apart.
 */
record SharingGrant(String rule, AccessLevel level, Target target, String reason) {

  /** The records a grant covers. */
  sealed interface Target {}

  /** Every record of the type. */
  record Everything() implements Target {}

  /** Records whose text field has one of {@code values} ({@code owner}, the partner field, {@code id}). */
  record FieldIn(FieldRef<String> field, Set<String> values) implements Target {}

  /** Records matching {@code criteria}; {@code test} is its compiled reference evaluation. */
  record Matching(Criteria criteria, Predicate<Object> test) implements Target {}

  /**
   * The values of the text fields grants look at, read once per record: a record's {@code owner} is read
   * once however many grants test it.
   */
  static final class Values {
    private String field1 = "";
    private Collection<?> values1 = List.of();
    private String field2 = "";
    private Collection<?> values2 = List.of();
    private @Nullable Map<String, Collection<?>> more;

    <T extends Aggregate<?>> Collection<?> of(EntityType<T, ?> type, T record, String field) {
      if (field.equals(field1)) {
        return values1;
      }
      if (field.equals(field2)) {
        return values2;
      }
      if (more != null && more.containsKey(field)) {
        return more.get(field);
      }
      FieldBinding<T> binding = type.fields().get(field);
      Collection<?> read = binding.isMulti() ? binding.multiValues(record) : single(binding.valueOrNull(record));
      if (field1.isEmpty()) {
        field1 = field;
        values1 = read;
      } else if (field2.isEmpty()) {
        field2 = field;
        values2 = read;
      } else {
        if (more == null) {
          more = new HashMap<>();
        }
        more.put(field, read);
      }
      return read;
    }

    private static Collection<?> single(@Nullable Object value) {
      return value == null ? List.of() : List.of(value);
    }
  }

  <T extends Aggregate<?>> boolean covers(EntityType<T, ?> type, T record, Values values) {
    if (target instanceof Everything) {
      return true;
    }
    if (target instanceof FieldIn in) {
      for (Object v : values.of(type, record, in.field().name())) {
        if (in.values().contains(v)) {
          return true;
        }
      }
      return false;
    }
    return ((Matching) target).test().test(record);
  }
}
