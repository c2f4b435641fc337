package io.crmkit.core.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.crmkit.core.field.FieldValue;
import java.util.Map;

/**
 * Writes {@link io.crmkit.core.field.CustomFields} as the plain object of its values by key,
 * {@code {"tier":{"type":"PICKLIST","value":"gold"}}}, rather than wrapped in {@code {"values":...}}.
 */
abstract class CustomFieldsMixIn {
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  CustomFieldsMixIn(Map<String, FieldValue> values) {}

  @JsonValue
  abstract Map<String, FieldValue> values();
}
