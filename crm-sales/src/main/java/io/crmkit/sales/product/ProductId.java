package io.crmkit.sales.product;

import io.crmkit.core.EntityId;

/**
 * The id of a {@link Product}, unique within a tenant; new ones come from an
 * {@link io.crmkit.core.IdGenerator}: {@code ProductId id = ids.next(ProductId::new);}
 */
public record ProductId(String value) implements EntityId {
  public ProductId {
    EntityId.checked(value, "productId");
  }

  @Override
  public String toString() {
    return value;
  }
}
