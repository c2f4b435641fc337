package io.crmkit.testkit.store;

import io.crmkit.core.query.Sort;
import io.crmkit.core.query.Values;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * The kit's own statement of the order a {@link Sort} defines over KitRecords, written from the contract
 * (not from any store): keys in turn, absent values last ascending and first descending, then the id
 * ascending by code point.
 */
final class ReferenceOrder {
  private ReferenceOrder() {}

  static Comparator<KitRecord> of(Sort sort) {
    Comparator<KitRecord> order = (a, b) -> 0;
    for (Sort.Key key : sort.keys()) {
      var binding = KitRecord.TYPE.binding(key.field());
      Comparator<KitRecord> byKey = (a, b) -> absentLast(binding.valueOrNull(a), binding.valueOrNull(b));
      order = order.thenComparing(key.descending() ? byKey.reversed() : byKey);
    }
    return order.thenComparing(r -> r.id().value(), Values.CODE_POINT_ORDER);
  }

  private static int absentLast(@Nullable Object a, @Nullable Object b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    return Values.compare(a, b);
  }
}
