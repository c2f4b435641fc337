package io.crmkit.sales.lead;

import io.crmkit.core.ValidationException;
import java.text.Normalizer;
import java.util.Objects;
import java.util.Optional;

/** Text rules of lead fields: trimmed, NFC-normalised, no control characters, at most 500 characters. */
final class LeadText {
  private LeadText() {}

  static final int MAX = 500;

  static String required(String value, String field) {
    Objects.requireNonNull(value, field);
    String out = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    ValidationException.check(!out.isEmpty(), field, "must not be blank");
    ValidationException.check(
        out.codePoints().noneMatch(Character::isISOControl), field, "must not contain control characters");
    ValidationException.check(
        out.length() <= MAX, field, "must have at most " + MAX + " characters but had " + out.length());
    return out;
  }

  static Optional<String> optional(Optional<String> value, String field) {
    Objects.requireNonNull(value, field);
    return value.map(v -> required(v, field));
  }
}
