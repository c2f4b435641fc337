package io.crmkit.core;

import java.util.Objects;

/**
 * An update or delete carried a version that is no longer the stored one: someone else changed the record
 * first. Nothing was written; re-read the record, re-apply the change and try again.
 */
public class ConcurrencyConflictException extends CrmException {
  private static final long serialVersionUID = 1L;

  private final String entityType;
  private final String id;
  private final long expectedVersion;
  private final long actualVersion;

  public ConcurrencyConflictException(
      String entityType, String id, long expectedVersion, long actualVersion) {
    super(
        entityType
            + " "
            + id
            + " was changed concurrently: expected version "
            + expectedVersion
            + " but the stored version is "
            + (actualVersion < 0 ? "gone (deleted)" : String.valueOf(actualVersion)));
    this.entityType = Objects.requireNonNull(entityType, "entityType");
    this.id = Objects.requireNonNull(id, "id");
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  public String entityType() {
    return entityType;
  }

  public String id() {
    return id;
  }

  /** The version the caller held. */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** The version in the store, or {@code -1} when the record was deleted meanwhile. */
  public long actualVersion() {
    return actualVersion;
  }
}
