package io.crmkit.core.store;

import io.crmkit.core.TenantId;
import java.util.Set;

/**
 * A store the host plugs in: the in-memory default, the JDBC store, or the host's own. All data access goes
 * through {@link #forTenant(TenantId)}, which hands out repositories that can only see that tenant's data.
 *
 * <p>{@code TenantStore acme = store.forTenant(TenantId.of("acme"));}
 */
public interface CrmStore extends AutoCloseable {
  /** The view of this store scoped to one tenant; nothing reachable from it sees another tenant. */
  TenantStore forTenant(TenantId tenant);

  /** The optional abilities this store has. */
  Set<StoreCapability> capabilities();

  /** Releases resources (connections, threads); the default does nothing. */
  @Override
  default void close() {}
}
