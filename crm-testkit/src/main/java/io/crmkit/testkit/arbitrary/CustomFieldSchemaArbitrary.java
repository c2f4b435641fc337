package io.crmkit.testkit.arbitrary;

import io.crmkit.core.TenantId;
import io.crmkit.core.field.CustomFieldSchema;
import io.crmkit.core.field.CustomFieldSchemaId;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * {@link CustomFieldSchema}s (version 0) with 0 to 8 definitions of every field type, unique by key: the
 * input to {@link CrmArbitraries#customFields(CustomFieldSchema)}.
 *
 * <p>{@code CrmArbitraries.customFieldSchemas().inTenant(t).forEntityType("contact")}
 */
public final class CustomFieldSchemaArbitrary extends ArbitraryDecorator<CustomFieldSchema> {
  private Optional<TenantId> tenant = Optional.empty();
  private Optional<String> entityType = Optional.empty();
  private int maxDefinitions = 8;

  CustomFieldSchemaArbitrary() {}

  /** Schemas of {@code tenant} only. */
  public CustomFieldSchemaArbitrary inTenant(TenantId tenant) {
    CustomFieldSchemaArbitrary clone = typedClone();
    clone.tenant = Optional.of(Objects.requireNonNull(tenant, "tenant"));
    return clone;
  }

  /** Schemas of the entity type named {@code typeName}, e.g. {@code contact}. */
  public CustomFieldSchemaArbitrary forEntityType(String typeName) {
    CustomFieldSchemaId.of(typeName);
    CustomFieldSchemaArbitrary clone = typedClone();
    clone.entityType = Optional.of(typeName);
    return clone;
  }

  /** Schemas with at most {@code max} definitions. */
  public CustomFieldSchemaArbitrary ofMaxDefinitions(int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative but was " + max);
    }
    CustomFieldSchemaArbitrary clone = typedClone();
    clone.maxDefinitions = max;
    return clone;
  }

  @Override
  protected Arbitrary<CustomFieldSchema> arbitrary() {
    Arbitrary<TenantId> tenants = tenant.<Arbitrary<TenantId>>map(Arbitraries::just).orElseGet(Records::tenantIds);
    Arbitrary<String> types = entityType.<Arbitrary<String>>map(Arbitraries::just).orElseGet(Records::typeNames);
    return Combinators.combine(types, tenants, Fields.definitionLists(maxDefinitions))
        .as((type, t, defs) -> new CustomFieldSchema(CustomFieldSchemaId.of(type), t, 0, defs));
  }
}
