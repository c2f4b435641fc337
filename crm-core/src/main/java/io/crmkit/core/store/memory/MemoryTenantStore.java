package io.crmkit.core.store.memory;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.TenantId;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.TransactionRunner;
import java.util.Objects;
import java.util.function.Supplier;

/** One tenant's view of an {@link InMemoryStore}. */
final class MemoryTenantStore implements TenantStore {
  private final TenantSpace space;
  private final TransactionRunner transactions;

  MemoryTenantStore(TenantSpace space) {
    this.space = space;
    this.transactions =
        new TransactionRunner() {
          @Override
          public <R> R inTransaction(Supplier<R> work) {
            return space.inTransaction(Objects.requireNonNull(work, "work"));
          }
        };
  }

  @Override
  public TenantId tenantId() {
    return space.tenant();
  }

  @Override
  public <T extends Aggregate<I>, I extends EntityId> Repository<T, I> repository(EntityType<T, I> type) {
    return new MemoryRepository<>(Objects.requireNonNull(type, "type"), space);
  }

  @Override
  public TransactionRunner transactions() {
    return transactions;
  }
}
