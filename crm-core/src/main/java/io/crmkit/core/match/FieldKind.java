package io.crmkit.core.match;

import io.crmkit.core.ValidationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * What a field holds, which decides how the engine normalises, blocks and compares it, e.g.
 * {@code FieldKind.parse("given_name")}. Nothing in the engine looks at field names; the kinds drive it.
 */
public enum FieldKind {
  GIVEN_NAME,
  FAMILY_NAME,
  FULL_NAME,
  EMAIL,
  PHONE,
  STREET,
  STREET_NUMBER,
  CITY,
  SUBURB,
  POSTCODE,
  STATE,
  COUNTRY,
  DATE,
  COMPANY,
  TEXT,
  ID_NUMBER;

  /** The lower-case name used on command lines and in configuration, e.g. {@code given_name}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the kind is part of a person's or organisation's name. */
  public boolean isName() {
    return this == GIVEN_NAME || this == FAMILY_NAME || this == FULL_NAME || this == COMPANY;
  }

  /**
   * The kind with the given code ({@code given_name}, {@code email}, ...), case-insensitive.
   *
   * @throws ValidationException naming the allowed codes when there is no such kind
   */
  public static FieldKind parse(String code) {
    Objects.requireNonNull(code, "code");
    String c = code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (FieldKind k : values()) {
      if (k.name().equals(c)) {
        return k;
      }
    }
    throw new ValidationException(
        "kind",
        "'" + code + "' is not a field kind; use one of "
            + String.join(", ", Arrays.stream(values()).map(FieldKind::code).toList()));
  }
}
