package io.crmkit.analytics.rules;

import java.util.List;
import java.util.Objects;

/**
 * A rule "baskets with the antecedent also hold the consequent", with arules' measures; read them as
 * {@code rule.confidence()} and {@code rule.lift()}.
 *
 * @param antecedent the items on the left-hand side, sorted by name; empty for a rule of length 1
 *     ({@code {} => {milk}}, whose confidence is the consequent's support)
 * @param consequent the single item on the right-hand side
 * @param support the share of baskets holding antecedent and consequent
 * @param confidence {@code support(antecedent ∪ consequent) / support(antecedent)}
 * @param lift {@code confidence / support(consequent)}
 * @param count the number of baskets holding antecedent and consequent
 */
public record AssociationRule(
    List<String> antecedent, String consequent, double support, double confidence, double lift, long count) {
  public AssociationRule {
    antecedent = List.copyOf(antecedent);
    Objects.requireNonNull(consequent, "consequent");
  }

  /** The length of the rule as arules counts it: antecedent plus consequent. */
  public int length() {
    return antecedent.size() + 1;
  }

  /** The rule written as {@code {a, b} => {c}}. */
  public String text() {
    return "{" + String.join(", ", antecedent) + "} => {" + consequent + "}";
  }
}
