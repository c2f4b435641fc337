package io.crmkit.marketing.template;

import io.crmkit.core.ValidationException;
import java.util.Map;
import java.util.Objects;

/**
 * What rendering does with a merge field that has no value for the recipient (no given name, no account, an
 * unset custom field): {@link #fail()} with the field named, render it {@link #empty()}, or render a
 * {@link #fallback fallback} ("there" for a missing given name). Sections ({@code {{#f}}...{{/f}}}) are never
 * subject to the policy: a missing value is simply false there.
 *
 * <p>{@code MissingFieldPolicy.fallback("", Map.of("contact.givenName", "there"))}
 */
public sealed interface MissingFieldPolicy {

  /** Rendering fails with a {@link MissingMergeFieldException} naming the field and its position. */
  static MissingFieldPolicy fail() {
    return new Fail();
  }

  /** A missing field renders as the empty string. */
  static MissingFieldPolicy empty() {
    return new Empty();
  }

  /** A missing field renders as {@code perField.get(field)}, or {@code otherwise} when it has no entry. */
  static MissingFieldPolicy fallback(String otherwise, Map<String, String> perField) {
    return new Fallback(otherwise, perField);
  }

  /** Fail on any missing field. */
  record Fail() implements MissingFieldPolicy {}

  /** Render missing fields as nothing. */
  record Empty() implements MissingFieldPolicy {}

  /**
   * Render a missing field as its fallback.
   *
   * @param otherwise the text for fields without their own entry
   * @param perField fallbacks by merge-field name; every name must be in {@link MergeFields}' vocabulary
   */
  record Fallback(String otherwise, Map<String, String> perField) implements MissingFieldPolicy {
    public Fallback {
      Objects.requireNonNull(otherwise, "otherwise");
      perField = Map.copyOf(Objects.requireNonNull(perField, "perField"));
      for (String field : perField.keySet()) {
        ValidationException.check(MergeFields.isKnown(field), "perField",
            "names an unknown merge field '" + field + "'");
      }
    }

    /** The fallback text for {@code field}. */
    public String valueFor(String field) {
      return perField.getOrDefault(field, otherwise);
    }
  }
}
