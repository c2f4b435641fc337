/**
 * Association rules for cross-sell and up-sell: frequent itemsets by FP-growth, rules with support,
 * confidence, lift and count in the manner of arules' {@code apriori} (single-item consequents), and "customers
 * who bought X also buy" recommendations. Start with
 * {@link io.crmkit.analytics.rules.AssociationRules#mine(Baskets, RuleOptions)}.
 */
@NullMarked
package io.crmkit.analytics.rules;

import org.jspecify.annotations.NullMarked;
