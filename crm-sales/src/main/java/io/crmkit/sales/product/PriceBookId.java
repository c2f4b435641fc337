package io.crmkit.sales.product;

import io.crmkit.core.EntityId;

/**
 * The id of a {@link PriceBook}, unique within a tenant; new ones come from an
 * {@link io.crmkit.core.IdGenerator}: {@code PriceBookId id = ids.next(PriceBookId::new);}
 */
public record PriceBookId(String value) implements EntityId {
  public PriceBookId {
    EntityId.checked(value, "priceBookId");
  }

  @Override
  public String toString() {
    return value;
  }
}
