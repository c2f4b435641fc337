package io.crmkit.core;

/**
 * A typed identifier around an opaque string ({@code ContactId}, {@code LeadId}, ...). Ids are unique within
 * a tenant; new ones come from an {@link IdGenerator}.
 */
public interface EntityId {
  /** The opaque id text: 1 to 128 characters, no control characters. */
  String value();

  /** Validates an id text; used by the compact constructors of id records. */
  static String checked(String value, String field) {
    java.util.Objects.requireNonNull(value, field);
    ValidationException.check(
        !value.isEmpty() && value.length() <= 128, field, "must have 1 to 128 characters");
    ValidationException.check(
        value.chars().noneMatch(Character::isISOControl), field, "must not contain control characters");
    return value;
  }
}
