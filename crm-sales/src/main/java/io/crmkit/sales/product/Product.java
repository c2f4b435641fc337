package io.crmkit.sales.product;

import io.crmkit.core.Aggregate;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.EntityType;
import java.util.Objects;
import java.util.Optional;

/**
 * Something the tenant sells: a product code (unique per tenant by convention, indexed), a name, an optional
 * family and whether it can still be sold. Prices live in {@link PriceBook}s.
 *
 * <p>{@code Product seat = Product.of(ids.next(ProductId::new), tenant, "SEAT-STD", "Standard seat");}
 *
 * @param code 1 to 64 characters, no spaces at either end
 * @param name 1 to 255 characters
 * @param family a grouping such as {@code Licences}, when given
 * @param active whether new line items may use it
 */
public record Product(
    ProductId id, TenantId tenantId, long version, String code, String name, Optional<String> family, boolean active)
    implements Aggregate<ProductId> {

  /** The entity type name, {@code product}. */
  public static final String TYPE_NAME = "product";
  /** The product code; indexed. */
  public static final FieldRef<String> CODE = FieldRef.text("code");
  /** Whether the product is active. */
  public static final FieldRef<Boolean> ACTIVE = FieldRef.bool("active");

  /** Describes products to the stores. */
  public static final EntityType<Product, ProductId> TYPE =
      EntityType.builder(TYPE_NAME, Product.class, ProductId::new)
          .field(CODE, Product::code)
          .field(ACTIVE, Product::active)
          .index(CODE)
          .build();

  public Product {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(family, "family");
    ValidationException.checkNotNegative(version, "version");
    ValidationException.check(
        !code.isEmpty() && code.length() <= 64 && code.strip().equals(code), "product.code", "must have 1 to 64 characters without surrounding spaces but was '" + code + "'");
    ValidationException.check(!name.isBlank() && name.length() <= 255, "product.name", "must have 1 to 255 characters and not be blank");
    family.ifPresent(f -> ValidationException.check(!f.isBlank() && f.length() <= 255, "product.family", "must not be blank and at most 255 characters"));
  }

  /** A new, active product without family (version 0). */
  public static Product of(ProductId id, TenantId tenantId, String code, String name) {
    return new Product(id, tenantId, 0, code, name, Optional.empty(), true);
  }

  /** This product as a record reference, {@code product:<id>}. */
  public RecordRef ref() {
    return RecordRef.of(TYPE_NAME, id);
  }

  @Override
  public Product withVersion(long version) {
    return new Product(id, tenantId, version, code, name, family, active);
  }

  public Product withName(String value) {
    return new Product(id, tenantId, version, code, value, family, active);
  }

  public Product withFamily(String value) {
    return new Product(id, tenantId, version, code, name, Optional.of(value), active);
  }

  /** This product active ({@code true}) or retired ({@code false}). */
  public Product withActive(boolean value) {
    return new Product(id, tenantId, version, code, name, family, value);
  }
}
