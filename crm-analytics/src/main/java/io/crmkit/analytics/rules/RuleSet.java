package io.crmkit.analytics.rules;

import java.util.List;

/**
 * The result of {@link AssociationRules#mine}: the rules with the counts that describe the input; pass it to
 * {@link CrossSell#from(RuleSet)} for recommendations.
 *
 * @param transactions the number of baskets
 * @param items the number of distinct items in the baskets
 * @param itemsetCount the number of frequent itemsets (of 1 to {@code maxLength} items) the rules came from
 * @param rules the rules, by descending lift, then confidence, then support, then text
 */
public record RuleSet(int transactions, int items, int itemsetCount, List<AssociationRule> rules) {
  public RuleSet {
    rules = List.copyOf(rules);
  }
}
