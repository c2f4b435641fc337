package io.crmkit.core.field;

import io.crmkit.core.Aggregate;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The custom fields a tenant defined for one entity type: an aggregate whose id is the entity type's name,
 * holding {@link FieldDefinition}s in display order, unique by key.
 *
 * <pre>{@code
 * CustomFieldSchema schema = CustomFieldSchema.of(tenant, "contact")
 *     .withDefinition(FieldDefinition.picklist("tier", "Tier", List.of("gold", "silver")).asRequired());
 * schema.validate(contact.customFields()); // throws one ValidationException listing every problem
 * }</pre>
 */
public record CustomFieldSchema(
    CustomFieldSchemaId id, TenantId tenantId, long version, List<FieldDefinition> definitions)
    implements Aggregate<CustomFieldSchemaId> {

  /** The schema's own entity type (one per tenant and described type). */
  public static final FieldRef<String> ENTITY_TYPE = FieldRef.text("entityType");

  /** Describes schemas to the stores. */
  public static final EntityType<CustomFieldSchema, CustomFieldSchemaId> TYPE =
      EntityType.builder("custom_field_schema", CustomFieldSchema.class, CustomFieldSchemaId::new)
          .field(ENTITY_TYPE, CustomFieldSchema::entityType)
          .build();

  public CustomFieldSchema {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(definitions, "definitions");
    ValidationException.checkNotNegative(version, "version");
    definitions = List.copyOf(definitions);
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (FieldDefinition d : definitions) {
      ValidationException.check(keys.add(d.key()), "fields." + d.key(), "is defined twice in the " + id.value() + " schema");
    }
  }

  /** An empty schema (version 0) for entity type {@code typeName} in {@code tenantId}. */
  public static CustomFieldSchema of(TenantId tenantId, String typeName) {
    return new CustomFieldSchema(CustomFieldSchemaId.of(typeName), tenantId, 0, List.of());
  }

  /** The name of the entity type these fields belong to. */
  public String entityType() {
    return id.value();
  }

  public Optional<FieldDefinition> definition(String key) {
    return definitions.stream().filter(d -> d.key().equals(key)).findFirst();
  }

  /** This schema with {@code definition} added at the end, or replacing the one with the same key in place. */
  public CustomFieldSchema withDefinition(FieldDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    List<FieldDefinition> copy = new ArrayList<>(definitions);
    int at = indexOf(definition.key());
    if (at >= 0) {
      copy.set(at, definition);
    } else {
      copy.add(definition);
    }
    return new CustomFieldSchema(id, tenantId, version, copy);
  }

  /** This schema without the definition of {@code key}. */
  public CustomFieldSchema withoutDefinition(String key) {
    List<FieldDefinition> copy = new ArrayList<>(definitions);
    copy.removeIf(d -> d.key().equals(key));
    return new CustomFieldSchema(id, tenantId, version, copy);
  }

  @Override
  public CustomFieldSchema withVersion(long version) {
    return new CustomFieldSchema(id, tenantId, version, definitions);
  }

  /**
   * Every problem of {@code fields} against this schema, by key ({@code custom.<key>}) in definition order
   * then unknown keys; empty when the values fit.
   */
  public Map<String, List<String>> problems(CustomFields fields) {
    Objects.requireNonNull(fields, "fields");
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (FieldDefinition d : definitions) {
      Optional<FieldValue> value = fields.get(d.key());
      if (value.isEmpty()) {
        if (d.required()) {
          out.put(EntityType.CUSTOM_PREFIX + d.key(), List.of("is required"));
        }
        continue;
      }
      List<String> p = d.problems(value.get());
      if (!p.isEmpty()) {
        out.put(EntityType.CUSTOM_PREFIX + d.key(), p);
      }
    }
    for (String key : fields.values().keySet()) {
      if (indexOf(key) < 0) {
        out.put(EntityType.CUSTOM_PREFIX + key, List.of("is not a custom field of " + id.value()));
      }
    }
    return out;
  }

  /**
   * Checks {@code fields} against this schema: unknown keys, wrong types, missing required values, picklist
   * membership, bounds, lengths and e-mail/phone/URL shape.
   *
   * @throws ValidationException naming the first offending field ({@code custom.<key>}) with a message
   *     that lists every problem found
   */
  public CustomFields validate(CustomFields fields) {
    Map<String, List<String>> problems = problems(fields);
    if (problems.isEmpty()) {
      return fields;
    }
    StringBuilder message = new StringBuilder();
    int count = problems.values().stream().mapToInt(List::size).sum();
    message.append(count).append(count == 1 ? " custom field problem: " : " custom field problems: ");
    String sep = "";
    for (Map.Entry<String, List<String>> e : problems.entrySet()) {
      for (String p : e.getValue()) {
        message.append(sep).append(e.getKey()).append(' ').append(p);
        sep = "; ";
      }
    }
    throw new ValidationException(problems.keySet().iterator().next(), message.toString());
  }

  private int indexOf(String key) {
    for (int i = 0; i < definitions.size(); i++) {
      if (definitions.get(i).key().equals(key)) {
        return i;
      }
    }
    return -1;
  }
}
