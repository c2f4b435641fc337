package io.crmkit.analytics.rules;

import java.util.List;
import java.util.Objects;

/**
 * "Customers who bought these also buy {@code item}": one suggestion of {@link CrossSell#recommend}, with the
 * rule that supports it, e.g. {@code rec.item()} and {@code rec.because()}.
 *
 * @param item the item to suggest
 * @param lift the lift of the best supporting rule
 * @param confidence the confidence of the best supporting rule
 * @param because the items already bought that form that rule's antecedent
 */
public record Recommendation(String item, double lift, double confidence, List<String> because) {
  public Recommendation {
    Objects.requireNonNull(item, "item");
    because = List.copyOf(because);
  }
}
