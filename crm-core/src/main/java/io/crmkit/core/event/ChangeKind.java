package io.crmkit.core.event;

/**
 * What a write did to a record: shared by {@link RecordChanged} events and audit entries.
 *
 * <p>{@code if (event.kind() == ChangeKind.DELETED) cache.invalidate(event.record());}
 */
public enum ChangeKind {
  /** The record was inserted. */
  CREATED,
  /** The record was replaced by a new version. */
  UPDATED,
  /** The record was deleted. */
  DELETED
}
