package io.crmkit.core.field;

import io.crmkit.core.EntityId;
import io.crmkit.core.ValidationException;

/**
 * The id of a {@link CustomFieldSchema}: the name of the entity type it describes, e.g.
 * {@code new CustomFieldSchemaId("contact")}, so a tenant has one schema per entity type.
 */
public record CustomFieldSchemaId(String value) implements EntityId {
  public CustomFieldSchemaId {
    EntityId.checked(value, "customFieldSchemaId");
    ValidationException.check(
        value.matches("[a-z][a-z0-9_]{0,63}"),
        "customFieldSchemaId",
        "must be an entity type name such as 'contact' but was '" + value + "'");
  }

  /** The schema id for entity type {@code typeName}. */
  public static CustomFieldSchemaId of(String typeName) {
    return new CustomFieldSchemaId(typeName);
  }
}
