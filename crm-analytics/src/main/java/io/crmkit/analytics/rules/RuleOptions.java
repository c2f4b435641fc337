package io.crmkit.analytics.rules;

import io.crmkit.core.ValidationException;

/**
 * The thresholds of rule mining, with arules' semantics: an itemset is frequent when
 * {@code count / baskets ≥ minSupport}; a rule is kept when its confidence is ≥ {@code minConfidence} and its
 * length (antecedent plus consequent) is within {@code [minLength, maxLength]}. E.g.
 * {@code RuleOptions.of(0.01, 0.5).withMinLength(2)}.
 *
 * @param minSupport in (0, 1]
 * @param minConfidence in [0, 1]
 * @param minLength ≥ 1 (arules' default 1 allows rules with an empty antecedent)
 * @param maxLength ≥ minLength (arules' default 10)
 */
public record RuleOptions(double minSupport, double minConfidence, int minLength, int maxLength) {
  public RuleOptions {
    ValidationException.check(
        minSupport > 0 && minSupport <= 1, "minSupport", "must be in (0, 1] but was " + minSupport);
    ValidationException.check(
        minConfidence >= 0 && minConfidence <= 1, "minConfidence", "must be in [0, 1] but was " + minConfidence);
    ValidationException.check(minLength >= 1, "minLength", "must be ≥ 1 but was " + minLength);
    ValidationException.check(
        maxLength >= minLength, "maxLength", "must be ≥ minLength (" + minLength + ") but was " + maxLength);
  }

  /** The given thresholds with arules' default lengths 1 to 10. */
  public static RuleOptions of(double minSupport, double minConfidence) {
    return new RuleOptions(minSupport, minConfidence, 1, 10);
  }

  public RuleOptions withMinLength(int n) {
    return new RuleOptions(minSupport, minConfidence, n, maxLength);
  }

  public RuleOptions withMaxLength(int n) {
    return new RuleOptions(minSupport, minConfidence, minLength, n);
  }
}
