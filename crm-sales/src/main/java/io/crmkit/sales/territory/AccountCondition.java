package io.crmkit.sales.territory;

import io.crmkit.core.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One condition of a {@link TerritoryRule} on an {@link AccountProfile}, e.g. {@code AccountCondition.country("DE",
 * "AT")} or {@code AccountCondition.employeesBetween(100, 999)}. An account without the field never matches.
 * Each condition says in words what it matched, for the membership's explanation.
 *
 * <p>Rules have their own small conditions rather than crm-core's {@code Criteria}: criteria run over an entity
 * type's stored fields, and an account's country, region and postcode live in its postal contact points, not in
 * fields of {@code Account.TYPE}.
 */
public sealed interface AccountCondition {
  /** Whether {@code account} meets the condition. */
  boolean test(AccountProfile account);

  /** The condition in words, e.g. {@code country in [AT, DE]}. */
  String describe();

  /** What {@code account} had that met the condition, e.g. {@code country DE in [AT, DE]}. */
  String explain(AccountProfile account);

  static AccountCondition country(String... codes) {
    return new CountryIn(Set.of(codes));
  }

  static AccountCondition region(String... regions) {
    return new RegionIn(Set.of(regions));
  }

  static AccountCondition postcodePrefix(String... prefixes) {
    return new PostcodePrefix(List.of(prefixes));
  }

  static AccountCondition postcodeRange(String from, String to) {
    return new PostcodeRange(from, to);
  }

  static AccountCondition industry(String... industries) {
    return new IndustryIn(Set.of(industries));
  }

  /** Annual revenue in [{@code min}, {@code max}]; either end may be open. */
  static AccountCondition revenueBetween(Optional<BigDecimal> min, Optional<BigDecimal> max) {
    return new RevenueBetween(min, max);
  }

  /** Employees in [{@code min}, {@code max}] (inclusive). */
  static AccountCondition employeesBetween(long min, long max) {
    return new EmployeesBetween(min, max);
  }

  /** The account's country is one of the ISO codes (compared upper-case). */
  record CountryIn(Set<String> codes) implements AccountCondition {
    public CountryIn {
      codes = upper(codes, "country");
    }

    @Override
    public boolean test(AccountProfile a) {
      return a.country().filter(codes::contains).isPresent();
    }

    @Override
    public String describe() {
      return "country in " + new TreeSet<>(codes);
    }

    @Override
    public String explain(AccountProfile a) {
      return "country " + a.country().orElse("-") + " in " + new TreeSet<>(codes);
    }
  }

  /** The account's state or region is one of these (exact, case-insensitive). */
  record RegionIn(Set<String> regions) implements AccountCondition {
    public RegionIn {
      regions = upper(regions, "region");
    }

    @Override
    public boolean test(AccountProfile a) {
      return a.region().map(r -> r.toUpperCase(Locale.ROOT)).filter(regions::contains).isPresent();
    }

    @Override
    public String describe() {
      return "region in " + new TreeSet<>(regions);
    }

    @Override
    public String explain(AccountProfile a) {
      return "region " + a.region().orElse("-") + " in " + new TreeSet<>(regions);
    }
  }

  /** The account's postcode starts with one of the prefixes (postcodes compared without spaces, upper-case). */
  record PostcodePrefix(List<String> prefixes) implements AccountCondition {
    public PostcodePrefix {
      prefixes = List.copyOf(prefixes).stream().map(AccountProfile::normalPostcode).toList();
      ValidationException.check(!prefixes.isEmpty() && prefixes.stream().noneMatch(String::isEmpty), "postcodePrefix",
          "needs at least one non-blank prefix");
    }

    @Override
    public boolean test(AccountProfile a) {
      return a.postcode().filter(p -> prefixes.stream().anyMatch(p::startsWith)).isPresent();
    }

    @Override
    public String describe() {
      return "postcode starts with " + String.join(" or ", prefixes);
    }

    @Override
    public String explain(AccountProfile a) {
      return "postcode " + a.postcode().orElse("-") + " starts with "
          + a.postcode().flatMap(p -> prefixes.stream().filter(p::startsWith).findFirst()).orElse("-");
    }
  }

  /**
   * The account's postcode lies in [{@code from}, {@code to}]: postcodes of the bounds' length compared as text
   * (so {@code 10000}–{@code 14999} holds {@code 12043}); postcodes of another length never match.
   */
  record PostcodeRange(String from, String to) implements AccountCondition {
    public PostcodeRange {
      from = AccountProfile.normalPostcode(Objects.requireNonNull(from, "from"));
      to = AccountProfile.normalPostcode(Objects.requireNonNull(to, "to"));
      ValidationException.check(!from.isEmpty() && from.length() == to.length(), "postcodeRange",
          "bounds must be non-blank and of one length but were '" + from + "' and '" + to + "'");
      ValidationException.check(from.compareTo(to) <= 0, "postcodeRange", "'" + from + "' must not be after '" + to + "'");
    }

    @Override
    public boolean test(AccountProfile a) {
      return a.postcode()
          .filter(p -> p.length() == from.length() && p.compareTo(from) >= 0 && p.compareTo(to) <= 0).isPresent();
    }

    @Override
    public String describe() {
      return "postcode in " + from + "–" + to;
    }

    @Override
    public String explain(AccountProfile a) {
      return "postcode " + a.postcode().orElse("-") + " in " + from + "–" + to;
    }
  }

  /** The account's industry is one of these (case-insensitive). */
  record IndustryIn(Set<String> industries) implements AccountCondition {
    public IndustryIn {
      industries = upper(industries, "industry");
    }

    @Override
    public boolean test(AccountProfile a) {
      return a.industry().map(i -> i.toUpperCase(Locale.ROOT)).filter(industries::contains).isPresent();
    }

    @Override
    public String describe() {
      return "industry in " + new TreeSet<>(industries);
    }

    @Override
    public String explain(AccountProfile a) {
      return "industry " + a.industry().orElse("-") + " in " + new TreeSet<>(industries);
    }
  }

  /** The account's annual revenue lies in [{@code min}, {@code max}]; an empty bound is open. */
  record RevenueBetween(Optional<BigDecimal> min, Optional<BigDecimal> max) implements AccountCondition {
    public RevenueBetween {
      Objects.requireNonNull(min, "min");
      Objects.requireNonNull(max, "max");
      ValidationException.check(min.isPresent() || max.isPresent(), "revenueBetween", "needs at least one bound");
      ValidationException.check(min.isEmpty() || max.isEmpty() || min.get().compareTo(max.get()) <= 0,
          "revenueBetween", "min must not be above max");
    }

    @Override
    public boolean test(AccountProfile a) {
      return a.annualRevenue().filter(r -> min.map(m -> r.compareTo(m) >= 0).orElse(true)
          && max.map(m -> r.compareTo(m) <= 0).orElse(true)).isPresent();
    }

    @Override
    public String describe() {
      return "annual revenue in " + range();
    }

    @Override
    public String explain(AccountProfile a) {
      return "annual revenue " + a.annualRevenue().map(BigDecimal::toPlainString).orElse("-") + " in " + range();
    }

    private String range() {
      return "[" + min.map(BigDecimal::toPlainString).orElse("-∞") + ", " + max.map(BigDecimal::toPlainString).orElse("∞") + "]";
    }
  }

  /** The account's employee count lies in [{@code min}, {@code max}]. */
  record EmployeesBetween(long min, long max) implements AccountCondition {
    public EmployeesBetween {
      ValidationException.check(min >= 0 && min <= max, "employeesBetween", "needs 0 <= min <= max but was " + min + ", " + max);
    }

    @Override
    public boolean test(AccountProfile a) {
      return a.employees().filter(e -> e >= min && e <= max).isPresent();
    }

    @Override
    public String describe() {
      return "employees in [" + min + ", " + max + "]";
    }

    @Override
    public String explain(AccountProfile a) {
      return "employees " + a.employees().map(String::valueOf).orElse("-") + " in [" + min + ", " + max + "]";
    }
  }

  private static Set<String> upper(Set<String> values, String field) {
    Set<String> out = new java.util.HashSet<>();
    for (String v : values) {
      Objects.requireNonNull(v, field);
      String s = v.strip().toUpperCase(Locale.ROOT);
      ValidationException.check(!s.isEmpty(), field, "values must not be blank");
      out.add(s);
    }
    ValidationException.check(!out.isEmpty(), field, "needs at least one value");
    return Set.copyOf(out);
  }
}
