package io.crmkit.store.jdbc;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.TenantId;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.TransactionRunner;
import java.util.Objects;
import java.util.function.Supplier;

/** One tenant's view of a {@link JdbcStore}. */
final class JdbcTenantStore implements TenantStore {
  private final TenantId tenant;
  private final JdbcStore store;
  private final TransactionRunner runner;

  JdbcTenantStore(TenantId tenant, JdbcStore store) {
    this.tenant = tenant;
    this.store = store;
    Transactions transactions = store.transactions();
    this.runner =
        new TransactionRunner() {
          @Override
          public <R> R inTransaction(Supplier<R> work) {
            Objects.requireNonNull(work, "work");
            return transactions.inTransaction(work);
          }
        };
  }

  @Override
  public TenantId tenantId() {
    return tenant;
  }

  @Override
  public <T extends Aggregate<I>, I extends EntityId> Repository<T, I> repository(EntityType<T, I> type) {
    Objects.requireNonNull(type, "type");
    return new JdbcRepository<>(type, tenant, store.transactions(), store.codec(type));
  }

  @Override
  public TransactionRunner transactions() {
    return runner;
  }
}
