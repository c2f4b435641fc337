package io.crmkit.analytics.rules;

import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * "Customers who bought X also buy" recommendations from mined rules: for what a customer has bought, every
 * rule whose non-empty antecedent they hold and whose consequent they lack proposes that consequent; each
 * item keeps its best rule, and items rank by lift, then confidence, then name. Use
 * {@code CrossSell.from(rules).recommend(Set.of("beer"), 5)}.
 */
public final class CrossSell {
  private final List<AssociationRule> rules;

  private CrossSell(List<AssociationRule> rules) {
    this.rules = rules;
  }

  /** Recommendations from {@code ruleSet}'s rules. */
  public static CrossSell from(RuleSet ruleSet) {
    Objects.requireNonNull(ruleSet, "ruleSet");
    return new CrossSell(ruleSet.rules());
  }

  /** Up to {@code limit} items to suggest to a customer who bought {@code bought}, best first. */
  public List<Recommendation> recommend(Set<String> bought, int limit) {
    Objects.requireNonNull(bought, "bought");
    ValidationException.check(limit >= 0, "limit", "must be ≥ 0 but was " + limit);
    Comparator<Recommendation> order = Comparator.comparingDouble(Recommendation::lift).reversed()
        .thenComparing(Comparator.comparingDouble(Recommendation::confidence).reversed())
        .thenComparing(Recommendation::item);
    Map<String, Recommendation> best = new LinkedHashMap<>();
    for (AssociationRule r : rules) {
      if (r.antecedent().isEmpty() || bought.contains(r.consequent()) || !bought.containsAll(r.antecedent())) {
        continue;
      }
      Recommendation candidate = new Recommendation(r.consequent(), r.lift(), r.confidence(), r.antecedent());
      best.merge(r.consequent(), candidate, (a, b) -> order.compare(a, b) <= 0 ? a : b);
    }
    List<Recommendation> out = new ArrayList<>(best.values());
    out.sort(order);
    return List.copyOf(out.subList(0, Math.min(limit, out.size())));
  }
}
