package io.crmkit.core.query;

import io.crmkit.core.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A typed reference to a queryable field of an entity type, by name, e.g. {@code FieldRef.text("email")}.
 * Criteria and sort keys name fields through it; the entity type says how to read the field from a record.
 * Custom fields are named {@code custom.<key>}.
 *
 * @param <V> the Java type of the field's values
 */
public record FieldRef<V>(String name, ValueKind kind) {
  public FieldRef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    ValidationException.check(
        name.matches("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_][A-Za-z0-9_-]*)*") && name.length() <= 128,
        "field",
        "must be a dotted identifier of at most 128 characters but was '" + name + "'");
  }

  public static FieldRef<String> text(String name) {
    return new FieldRef<>(name, ValueKind.TEXT);
  }

  public static FieldRef<Long> number(String name) {
    return new FieldRef<>(name, ValueKind.LONG);
  }

  public static FieldRef<BigDecimal> decimal(String name) {
    return new FieldRef<>(name, ValueKind.DECIMAL);
  }

  public static FieldRef<Boolean> bool(String name) {
    return new FieldRef<>(name, ValueKind.BOOLEAN);
  }

  public static FieldRef<Instant> instant(String name) {
    return new FieldRef<>(name, ValueKind.INSTANT);
  }

  public static FieldRef<LocalDate> date(String name) {
    return new FieldRef<>(name, ValueKind.DATE);
  }

  /** Checks that {@code value} is of this field's kind and returns it typed. */
  public V cast(Object value) {
    Objects.requireNonNull(value, name);
    if (!kind.javaType().isInstance(value)) {
      throw new ValidationException(
          name,
          "expects a " + kind + " value (" + kind.javaType().getSimpleName() + ") but got "
              + value.getClass().getSimpleName() + " '" + value + "'");
    }
    @SuppressWarnings("unchecked")
    V v = (V) value;
    return v;
  }

  @Override
  public String toString() {
    return name;
  }
}
