package io.crmkit.analytics.rules;

import io.crmkit.core.ValidationException;
import java.util.List;

/**
 * A set of items bought together in at least the minimum share of baskets, as found by
 * {@link FrequentItemsets#mine}; e.g. {@code itemset.items()} is {@code [bread, milk]} and
 * {@code itemset.support()} 0.04.
 *
 * @param items the items, sorted by name; never empty
 * @param count the number of baskets containing all of them
 * @param support {@code count / baskets}
 */
public record FrequentItemset(List<String> items, long count, double support) {
  public FrequentItemset {
    items = List.copyOf(items);
    ValidationException.check(!items.isEmpty(), "items", "an itemset has at least one item");
    ValidationException.check(count >= 0, "count", "must be ≥ 0 but was " + count);
  }
}
