package io.crmkit.core.match;

import java.util.List;
import java.util.Objects;

/**
 * The answer of {@link DuplicateRules#beforeCreate}/{@link DuplicateRules#beforeUpdate}: the action that
 * applies ({@code ALLOW} when no duplicate was found) and the duplicates found, best first, each explained.
 * A host shows the alert, or calls {@link #requireAllowed()} to refuse a blocked write.
 */
public record DuplicateCheck(String entityType, String recordId, DuplicateAction action, List<ScoredPair> duplicates) {
  public DuplicateCheck {
    Objects.requireNonNull(entityType, "entityType");
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(duplicates, "duplicates");
    duplicates = List.copyOf(duplicates);
  }

  /** Whether the write may go ahead (the action is not {@code BLOCK}). */
  public boolean allowed() {
    return action != DuplicateAction.BLOCK;
  }

  /**
   * Does nothing unless the write is blocked.
   *
   * @throws DuplicateRecordException naming the best duplicate when the action is {@code BLOCK}
   */
  public void requireAllowed() {
    if (!allowed()) {
      throw new DuplicateRecordException(this);
    }
  }
}
