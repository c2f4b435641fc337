package io.crmkit.core.access;

import io.crmkit.core.ValidationException;
import java.util.Objects;

/** The check every part of a sharing model that names an entity type makes. */
final class TypeNames {
  private TypeNames() {}

  /** {@code value}, when it is an entity type name such as {@code contact}; otherwise a ValidationException for {@code field}. */
  static String checked(String value, String field) {
    Objects.requireNonNull(value, field);
    if (!value.matches("[a-z][a-z0-9_]{0,63}")) {
      throw new ValidationException(field, "must be an entity type name such as 'contact' but was '" + value + "'");
    }
    return value;
  }
}
