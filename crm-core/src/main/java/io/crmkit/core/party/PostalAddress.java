package io.crmkit.core.party;

import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A postal address: street lines, locality (city), optional region and postcode, and the ISO 3166-1
 * alpha-2 country code, e.g. {@code PostalAddress.of(List.of("10 Downing St"), "London", "SW1A 2AA", "GB")}.
 *
 * <p>Parts are trimmed; the country code is upper-cased and must be an assigned ISO code.
 */
public record PostalAddress(
    List<String> lines, String locality, Optional<String> region, Optional<String> postcode, String countryCode) {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  public PostalAddress {
    Objects.requireNonNull(lines, "lines");
    List<String> cleaned = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      cleaned.add(PartyText.required(lines.get(i), "address.lines[" + i + "]"));
    }
    ValidationException.check(!cleaned.isEmpty(), "address.lines", "needs at least one line");
    lines = List.copyOf(cleaned);
    locality = PartyText.required(locality, "address.locality");
    region = PartyText.optional(region, "address.region");
    postcode = PartyText.optional(postcode, "address.postcode");
    Objects.requireNonNull(countryCode, "countryCode");
    countryCode = countryCode.strip().toUpperCase(Locale.ROOT);
    ValidationException.check(
        COUNTRIES.contains(countryCode),
        "address.countryCode",
        "must be an ISO 3166-1 alpha-2 code such as DE or US but was '" + countryCode + "'");
  }

  /** An address without region. */
  public static PostalAddress of(List<String> lines, String locality, String postcode, String countryCode) {
    return new PostalAddress(lines, locality, Optional.empty(), Optional.of(postcode), countryCode);
  }

  public PostalAddress withRegion(String value) {
    return new PostalAddress(lines, locality, Optional.of(value), postcode, countryCode);
  }

  /**
   * The address on one line, parts separated by {@code ", "}: lines, postcode and locality, region, country,
   * e.g. {@code 10 Downing St, SW1A 2AA London, GB}.
   */
  public String singleLine() {
    List<String> parts = new ArrayList<>(lines);
    parts.add(postcode.map(p -> p + " " + locality).orElse(locality));
    region.ifPresent(parts::add);
    parts.add(countryCode);
    return String.join(", ", parts);
  }
}
