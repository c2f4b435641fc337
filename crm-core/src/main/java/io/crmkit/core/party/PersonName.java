package io.crmkit.core.party;

import java.util.Optional;
import java.util.StringJoiner;

/**
 * A person's name: given and family name (either may be empty, not both), optional middle name, prefix
 * ("Dr.") and suffix ("Jr."), e.g. {@code PersonName.of("Zoë", "Ó Briain")}.
 *
 * <p>Any script is welcome. Parts are trimmed and normalised to Unicode NFC, so a name typed with combining
 * accents equals the same name typed precomposed. Control characters are rejected.
 */
public record PersonName(
    String given, String family, Optional<String> middle, Optional<String> prefix, Optional<String> suffix) {

  public PersonName {
    given = PartyText.clean(given, "name.given");
    family = PartyText.clean(family, "name.family");
    middle = PartyText.optional(middle, "name.middle");
    prefix = PartyText.optional(prefix, "name.prefix");
    suffix = PartyText.optional(suffix, "name.suffix");
    io.crmkit.core.ValidationException.check(
        !given.isEmpty() || !family.isEmpty(), "name", "needs a given or a family name");
  }

  /** A name with given and family name (either may be {@code ""}). */
  public static PersonName of(String given, String family) {
    return new PersonName(given, family, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** The given name, when there is one. */
  public Optional<String> givenName() {
    return given.isEmpty() ? Optional.empty() : Optional.of(given);
  }

  /** The family name, when there is one. */
  public Optional<String> familyName() {
    return family.isEmpty() ? Optional.empty() : Optional.of(family);
  }

  public PersonName withMiddle(String value) {
    return new PersonName(given, family, Optional.of(value), prefix, suffix);
  }

  public PersonName withPrefix(String value) {
    return new PersonName(given, family, middle, Optional.of(value), suffix);
  }

  public PersonName withSuffix(String value) {
    return new PersonName(given, family, middle, prefix, Optional.of(value));
  }

  /** Prefix, given, middle, family and suffix joined by single spaces, e.g. {@code Dr. Ada King Lovelace}. */
  public String fullName() {
    StringJoiner j = new StringJoiner(" ");
    prefix.ifPresent(j::add);
    if (!given.isEmpty()) {
      j.add(given);
    }
    middle.ifPresent(j::add);
    if (!family.isEmpty()) {
      j.add(family);
    }
    suffix.ifPresent(j::add);
    return j.toString();
  }

  @Override
  public String toString() {
    return fullName();
  }
}
