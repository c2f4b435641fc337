package io.crmkit.analytics.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Association rules with single-item consequents, as arules' {@code apriori} makes them, from FP-growth's
 * frequent itemsets. Use {@code RuleSet rules = AssociationRules.mine(Baskets.parse(lines),
 * RuleOptions.of(0.001, 0.5));}.
 *
 * <p>For every frequent itemset {@code I} with {@code minLength ≤ |I| ≤ maxLength} and every item
 * {@code c ∈ I}, the rule {@code I \ {c} => {c}} has support {@code supp(I)}, confidence
 * {@code supp(I) / supp(I \ {c})} (the antecedent's support is 1 when it is empty) and lift
 * {@code confidence / supp({c})}; it is kept when its confidence reaches {@code minConfidence}.
 */
public final class AssociationRules {
  private AssociationRules() {}

  /** The rules of {@code baskets} under {@code options}. */
  public static RuleSet mine(Baskets baskets, RuleOptions options) {
    Objects.requireNonNull(baskets, "baskets");
    Objects.requireNonNull(options, "options");
    int n = baskets.size();
    if (n == 0) {
      return new RuleSet(0, 0, 0, List.of());
    }
    Map<ItemKey, Long> counts = new HashMap<>();
    List<int[]> itemsets = new ArrayList<>();
    FrequentItemsets.mineCodes(baskets, options.minSupport(), options.maxLength(), (codes, count) -> {
      counts.put(new ItemKey(codes), count);
      itemsets.add(codes);
    });
    List<AssociationRule> rules = new ArrayList<>();
    for (int[] set : itemsets) {
      if (set.length < options.minLength()) {
        continue;
      }
      long count = counts.get(new ItemKey(set));
      for (int i = 0; i < set.length; i++) {
        int[] antecedent = new int[set.length - 1];
        for (int j = 0, k = 0; j < set.length; j++) {
          if (j != i) {
            antecedent[k++] = set[j];
          }
        }
        long antecedentCount = antecedent.length == 0 ? n : counts.get(new ItemKey(antecedent));
        double confidence = (double) count / antecedentCount;
        if (confidence < options.minConfidence() * (1 - 1e-12)) {
          continue;
        }
        double consequentSupport = (double) counts.get(new ItemKey(new int[] {set[i]})) / n;
        List<String> lhs = new ArrayList<>(antecedent.length);
        for (int c : antecedent) {
          lhs.add(baskets.items().get(c));
        }
        lhs.sort(Comparator.naturalOrder());
        rules.add(new AssociationRule(
            lhs, baskets.items().get(set[i]), (double) count / n, confidence, confidence / consequentSupport, count));
      }
    }
    rules.sort(Comparator.comparingDouble(AssociationRule::lift).reversed()
        .thenComparing(Comparator.comparingDouble(AssociationRule::confidence).reversed())
        .thenComparing(Comparator.comparingDouble(AssociationRule::support).reversed())
        .thenComparing(AssociationRule::text));
    return new RuleSet(n, baskets.items().size(), itemsets.size(), rules);
  }

  /** A sorted array of item codes as a map key. */
  private static final class ItemKey {
    final int[] codes;
    final int hash;

    ItemKey(int[] codes) {
      this.codes = codes;
      this.hash = Arrays.hashCode(codes);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ItemKey k && Arrays.equals(codes, k.codes);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
