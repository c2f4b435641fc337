package io.crmkit.core;

/**
 * A record that is stored on its own: it has a typed id, belongs to one tenant and carries a version for
 * optimistic concurrency.
 *
 * <p>A new aggregate has version {@code 0}; the store assigns {@code 1} on insert and increments it on every
 * update. Implementations are immutable records; {@link #withVersion(long)} returns a copy.
 *
 * @param <I> the id type
 */
public interface Aggregate<I extends EntityId> {
  I id();

  TenantId tenantId();

  long version();

  /** A copy of this aggregate with the given version; only stores call it. */
  Aggregate<I> withVersion(long version);
}
