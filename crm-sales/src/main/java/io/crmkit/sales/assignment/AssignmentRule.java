package io.crmkit.sales.assignment;

import io.crmkit.core.ValidationException;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One entry of {@link AssignmentRules}: a name, the condition in words (for explanations), the condition as a
 * predicate on the record, and the target it assigns matching records to.
 *
 * @param <T> the kind of record assigned
 */
public record AssignmentRule<T>(String name, String condition, Predicate<? super T> when, AssignmentTarget target) {
  public AssignmentRule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(target, "target");
    ValidationException.check(!name.isBlank(), "rule.name", "must not be blank");
    ValidationException.check(!condition.isBlank(), "rule.condition", "must say in words what the rule matches");
  }
}
