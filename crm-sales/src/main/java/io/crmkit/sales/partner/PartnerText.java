package io.crmkit.sales.partner;

import io.crmkit.core.ValidationException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** Text rules of partner fields (trimmed, NFC, no control characters, at most 255 characters) and name keys. */
final class PartnerText {
  private PartnerText() {}

  static final int MAX = 255;
  private static final Pattern LEGAL_FORM = Pattern.compile(
      "\\s+(inc|incorporated|corp|corporation|co|company|ltd|limited|llc|llp|plc|gmbh|ag|kg|sa|sas|sarl|bv|nv|srl|spa|oy|ab|as|kk|pty)$");

  static String required(String value, String field) {
    Objects.requireNonNull(value, field);
    String out = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    ValidationException.check(!out.isEmpty(), field, "must not be blank");
    ValidationException.check(out.codePoints().noneMatch(Character::isISOControl), field, "must not contain control characters");
    ValidationException.check(out.length() <= MAX, field, "must have at most " + MAX + " characters but had " + out.length());
    return out;
  }

  static Optional<String> optional(Optional<String> value, String field) {
    Objects.requireNonNull(value, field);
    return value.map(v -> required(v, field));
  }

  /**
   * A company name as a matching key: NFKC, lower case, punctuation to spaces, legal forms at the end dropped,
   * e.g. {@code "ACME, Inc."} and {@code "Acme"} both give {@code "acme"}. Never empty for a non-blank name.
   */
  static String nameKey(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    s = s.replaceAll("[\\p{P}\\p{S}]+", " ").replaceAll("\\s+", " ").strip();
    String shorter = s;
    while (true) {
      String next = LEGAL_FORM.matcher(shorter).replaceFirst("").strip();
      if (next.equals(shorter) || next.isEmpty()) {
        break;
      }
      shorter = next;
    }
    return shorter.isEmpty() ? name.strip().toLowerCase(Locale.ROOT) : shorter;
  }
}
