package io.crmkit.core.access;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.TenantId;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.TransactionRunner;
import java.util.Objects;

/** One principal's view of one tenant store: secured repositories, the underlying transactions. */
final class SecuredTenantStore implements TenantStore {
  private final TenantStore delegate;
  private final SecuredContext context;

  SecuredTenantStore(TenantStore delegate, SecuredContext context) {
    this.delegate = delegate;
    this.context = context;
  }

  @Override
  public TenantId tenantId() {
    return delegate.tenantId();
  }

  @Override
  public <T extends Aggregate<I>, I extends EntityId> Repository<T, I> repository(EntityType<T, I> type) {
    Objects.requireNonNull(type, "type");
    return new SecuredRepository<>(delegate.repository(type), delegate, context);
  }

  @Override
  public TransactionRunner transactions() {
    return delegate.transactions();
  }
}
