package io.crmkit.core.store;

/**
 * Optional abilities a store declares; the conformance kit skips (never passes) the checks of a capability
 * a store lacks.
 */
public enum StoreCapability {
  /** {@link TransactionRunner} gives all-or-nothing multi-step work. */
  TRANSACTIONS,
  /** Safe to use from many threads at once; concurrent updates of one record: exactly one wins. */
  CONCURRENT_ACCESS,
  /** Data survives a restart of the process. */
  DURABLE
}
