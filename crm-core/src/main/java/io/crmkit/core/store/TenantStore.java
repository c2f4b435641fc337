package io.crmkit.core.store;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.TenantId;

/**
 * One tenant's view of a store: typed repositories for any {@link EntityType} and the transaction runner
 * that makes multi-step work all-or-nothing.
 *
 * <p>{@code Repository<Contact, ContactId> contacts = tenantStore.repository(Contact.TYPE);}
 */
public interface TenantStore {
  TenantId tenantId();

  /** The repository of {@code type} for this tenant. */
  <T extends Aggregate<I>, I extends EntityId> Repository<T, I> repository(EntityType<T, I> type);

  /** Runs work so that all of its writes through this tenant store happen, or none does. */
  TransactionRunner transactions();
}
