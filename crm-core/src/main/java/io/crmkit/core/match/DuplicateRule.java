package io.crmkit.core.match;

import io.crmkit.core.ValidationException;
import java.util.Objects;

/**
 * The duplicate policy of one entity type on create or update: the action to take when the record matches an
 * existing one with at least {@code minProbability}, e.g.
 * {@code new DuplicateRule("contact", DuplicateAction.ALERT, DuplicateAction.BLOCK, 0.95)}.
 */
public record DuplicateRule(String entityType, DuplicateAction onCreate, DuplicateAction onUpdate, double minProbability) {
  public DuplicateRule {
    Objects.requireNonNull(entityType, "entityType");
    Objects.requireNonNull(onCreate, "onCreate");
    Objects.requireNonNull(onUpdate, "onUpdate");
    ValidationException.check(
        minProbability > 0 && minProbability < 1, "minProbability", "must lie strictly between 0 and 1 but was " + minProbability);
  }

  /** The same action on create and update. */
  public static DuplicateRule of(String entityType, DuplicateAction action, double minProbability) {
    return new DuplicateRule(entityType, action, action, minProbability);
  }
}
