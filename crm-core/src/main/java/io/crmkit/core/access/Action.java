package io.crmkit.core.access;

/** What a principal wants to do with a record. */
public enum Action {
  /** See the record (find, query, count, page, stream, views). */
  READ,
  /** Store a new record. */
  CREATE,
  /** Change a stored record. */
  EDIT,
  /** Remove a stored record. */
  DELETE
}
