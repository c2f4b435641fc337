package io.crmkit.core.access;

import java.util.Objects;

/**
 * How much of a record a rule grants, weakest first: {@code READ} (see it), {@code READ_WRITE} (see and change
 * it, and create records like it) and {@code FULL} (also delete it — what owners, the hierarchy above the
 * owner and "modify all" have, as in Salesforce). Sharing rules and manual shares grant at most
 * {@code READ_WRITE}.
 *
 * <p>{@code AccessLevel.required(Action.DELETE) == AccessLevel.FULL}
 */
public enum AccessLevel {
  READ,
  READ_WRITE,
  FULL;

  /** The weakest level that permits {@code action}: CREATE needs what EDIT needs. */
  public static AccessLevel required(Action action) {
    Objects.requireNonNull(action, "action");
    return switch (action) {
      case READ -> READ;
      case CREATE, EDIT -> READ_WRITE;
      case DELETE -> FULL;
    };
  }

  /** Whether this level permits {@code action}. */
  public boolean permits(Action action) {
    return compareTo(required(action)) >= 0;
  }
}
