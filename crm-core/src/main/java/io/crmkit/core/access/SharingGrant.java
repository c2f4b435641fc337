package io.crmkit.core.access;

import io.crmkit.core.Aggregate;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.FieldBinding;
import java.util.Collection;
import java.util.Set;
import java.util.function.Predicate;

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

  <T extends Aggregate<?>> boolean covers(EntityType<T, ?> type, T record) {
    if (target instanceof Everything) {
      return true;
    }
    if (target instanceof FieldIn in) {
      @SuppressWarnings("unchecked")
      FieldBinding<T> binding = (FieldBinding<T>) (FieldBinding<?>) type.fields().get(in.field().name());
      return anyIn(binding, record, in.values());
    }
    return ((Matching) target).test().test(record);
  }

  static <T> boolean anyIn(FieldBinding<T> binding, T record, Set<String> values) {
    if (binding.isMulti()) {
      Collection<?> all = binding.multiValues(record);
      for (Object v : all) {
        if (values.contains(v)) {
          return true;
        }
      }
      return false;
    }
    Object v = binding.valueOrNull(record);
    return v != null && values.contains(v);
  }
}
