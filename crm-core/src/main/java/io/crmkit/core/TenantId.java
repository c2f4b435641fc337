package io.crmkit.core;

import java.util.Objects;

/**
 * The tenant a record belongs to. Every aggregate carries one and every store is scoped to one.
 *
 * <p>Letters, digits, {@code -}, {@code _} and {@code .}; 1 to 64 characters, e.g. {@code TenantId.of("acme")}.
 */
public record TenantId(String value) implements Comparable<TenantId> {
  public TenantId {
    Objects.requireNonNull(value, "value");
    ValidationException.check(
        !value.isEmpty() && value.length() <= 64, "tenantId", "must have 1 to 64 characters");
    ValidationException.check(
        value.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.')),
        "tenantId",
        "may contain only ASCII letters, digits, '-', '_' and '.' but was '" + value + "'");
  }

  public static TenantId of(String value) {
    return new TenantId(value);
  }

  @Override
  public int compareTo(TenantId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
