package io.crmkit.core.json;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.store.EntityType;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON for the crmkit domain: what hosts use for REST APIs and exports, and what stores use for documents.
 *
 * <pre>{@code
 * String json = CrmJson.write(contact);
 * Contact back = CrmJson.read(json, Contact.class);            // equal to contact
 * JsonMapper own = JsonMapper.builder().addModule(CrmJson.module()).build();   // a host's own mapper
 * }</pre>
 *
 * <p>The format: records are objects of their components (nothing derived); typed ids, {@code TenantId},
 * {@code RecordRef} ({@code "contact:abc"}) and {@code Owner} ({@code "user:u-1"}, {@code "team:emea"}) are
 * strings; decimals, including {@code Money} amounts ({@code {"amount":"12.50","currency":"EUR"}}), are exact
 * decimal strings and are read from strings or JSON numbers; instants and dates are ISO-8601 strings; an empty
 * {@code Optional} is left out and read from a missing property or {@code null}, as is an empty collection
 * that is missing; sealed interfaces ({@code FieldValue}, {@code Criteria}, ...) carry a {@code "type"}
 * discriminator; custom fields are an object by key.
 *
 * <p>Unknown properties are ignored on read, a deliberate choice: documents written by a newer crmkit (with a
 * field added) stay readable by an older one during a rolling upgrade. A host that wants REST requests to be
 * strict enables {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} on its own mapper. Unknown
 * discriminators and trailing content are errors. Every read error is a {@link ValidationException} whose
 * field is the JSON path of the value at fault, e.g. {@code contactPoints[1].raw}.
 */
public final class CrmJson {
  private CrmJson() {}

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .addModule(module())
          .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .build();

  /** A new instance of the crmkit Jackson module, for a host to register on its own {@code JsonMapper}. */
  public static JacksonModule module() {
    return new CrmJsonModule();
  }

  /**
   * The ready mapper: the crmkit module, ISO-8601 date-times, map entries sorted by key, record components in
   * declaration order, unknown properties ignored. Jackson 3 mappers are immutable; use
   * {@code mapper().rebuild()} to derive one with other settings.
   */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /**
   * {@code value} as JSON text.
   *
   * @throws IllegalArgumentException if the value cannot be written (not a crmkit or plain Java data type)
   */
  public static String write(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * The value of {@code type} that {@code json} describes.
   *
   * @throws ValidationException naming the JSON path of the first value that is malformed, missing or refused
   *     by the domain's own validation
   */
  public static <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    T value;
    try {
      value = MAPPER.readValue(json, type);
    } catch (JacksonException e) {
      throw JsonErrors.translate(e);
    }
    if (value == null) {
      throw new ValidationException(JsonErrors.ROOT, "must be a " + type.getSimpleName() + " but was null");
    }
    return value;
  }

  /** The JSON document a store keeps for {@code aggregate} (its id, tenant and version included). */
  public static String documentOf(Aggregate<?> aggregate) {
    return write(aggregate);
  }

  /**
   * The aggregate of {@code type} that a document from {@link #documentOf} describes, e.g.
   * {@code CrmJson.fromDocument(row.getString("doc"), Contact.TYPE)}.
   *
   * @throws ValidationException as {@link #read} does
   */
  public static <T extends Aggregate<I>, I extends EntityId> T fromDocument(String json, EntityType<T, I> type) {
    Objects.requireNonNull(type, "type");
    return read(json, type.javaType());
  }
}
