package io.crmkit.core.store.memory;

import io.crmkit.core.TenantId;
import io.crmkit.core.store.CrmStore;
import io.crmkit.core.store.StoreCapability;
import io.crmkit.core.store.TenantStore;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded default {@link CrmStore}: every tenant's records live in memory, in hash maps with hash
 * indexes on the fields each entity type marks as indexed. Thread-safe; transactions are all-or-nothing
 * within a tenant and nested ones join. Nothing survives the process ({@link StoreCapability#DURABLE} is
 * not offered).
 *
 * <pre>{@code
 * CrmStore store = InMemoryStore.create();
 * Repository<Contact, ContactId> contacts = store.forTenant(TenantId.of("acme")).repository(Contact.TYPE);
 * }</pre>
 *
 * <p>Each tenant has one read-write lock: reads share it, a single write holds it exclusively for a moment,
 * and a transaction holds it for its whole run, so readers never see half of one. Do not wait inside a
 * transaction for another thread that writes to the same tenant. Criteria are answered from an index when
 * they are an {@code eq}/{@code in} on an indexed field, an {@code or} of such terms, or an {@code and} with
 * such a term; everything else is a scan with the compiled predicate. Streams are snapshots.
 */
public final class InMemoryStore implements CrmStore {
  private static final Set<StoreCapability> CAPABILITIES =
      Collections.unmodifiableSet(EnumSet.of(StoreCapability.TRANSACTIONS, StoreCapability.CONCURRENT_ACCESS));

  private final ConcurrentHashMap<TenantId, TenantSpace> tenants = new ConcurrentHashMap<>();

  private InMemoryStore() {}

  /** A new, empty store. */
  public static InMemoryStore create() {
    return new InMemoryStore();
  }

  @Override
  public TenantStore forTenant(TenantId tenant) {
    Objects.requireNonNull(tenant, "tenant");
    return new MemoryTenantStore(tenants.computeIfAbsent(tenant, TenantSpace::new));
  }

  @Override
  public Set<StoreCapability> capabilities() {
    return CAPABILITIES;
  }

  @Override
  public String toString() {
    return "InMemoryStore[" + tenants.size() + " tenants]";
  }
}
