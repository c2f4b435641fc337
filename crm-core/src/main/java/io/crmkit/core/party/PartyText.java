package io.crmkit.core.party;

import io.crmkit.core.ValidationException;
import java.text.Normalizer;
import java.util.Objects;
import java.util.Optional;

/** Text rules shared by the party types: trimmed, NFC-normalised, no control characters, bounded length. */
final class PartyText {
  private PartyText() {}

  static final int MAX = 500;

  /** {@code value} trimmed and NFC-normalised; may be empty. */
  static String clean(String value, String field) {
    Objects.requireNonNull(value, field);
    String out = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    ValidationException.check(
        out.codePoints().noneMatch(Character::isISOControl), field, "must not contain control characters");
    ValidationException.check(
        out.length() <= MAX, field, "must have at most " + MAX + " characters but had " + out.length());
    return out;
  }

  /** {@code value} cleaned; must not be blank. */
  static String required(String value, String field) {
    String out = clean(value, field);
    ValidationException.check(!out.isEmpty(), field, "must not be blank");
    return out;
  }

  /** An optional text cleaned; a blank text must not be given (use empty). */
  static Optional<String> optional(Optional<String> value, String field) {
    Objects.requireNonNull(value, field);
    return value.map(v -> required(v, field));
  }
}
