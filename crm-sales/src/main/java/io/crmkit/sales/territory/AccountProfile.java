package io.crmkit.sales.territory;

import io.crmkit.core.TenantId;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PostalAddress;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The account fields territory rules look at: country (ISO code), state or region, postcode, industry, annual
 * revenue and employee count. {@link #of(Account)} reads them from an {@link Account}: the address fields from
 * its primary postal address (else the billing one, else the first), industry from the account, revenue and
 * employees from the custom fields {@value #REVENUE_KEY} (decimal, number or money) and {@value #EMPLOYEES_KEY}
 * (number).
 *
 * <p>{@code List<TerritoryMembership> m = model.evaluate(AccountProfile.of(account));}
 */
public record AccountProfile(
    TenantId tenantId,
    AccountId accountId,
    Optional<String> country,
    Optional<String> region,
    Optional<String> postcode,
    Optional<String> industry,
    Optional<BigDecimal> annualRevenue,
    Optional<Long> employees) {

  /** The default custom-field key of the annual revenue. */
  public static final String REVENUE_KEY = "annual_revenue";
  /** The default custom-field key of the employee count. */
  public static final String EMPLOYEES_KEY = "employees";

  public AccountProfile {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(accountId, "accountId");
    country = Objects.requireNonNull(country, "country").map(c -> c.strip().toUpperCase(Locale.ROOT));
    region = Objects.requireNonNull(region, "region").map(String::strip);
    postcode = Objects.requireNonNull(postcode, "postcode").map(AccountProfile::normalPostcode);
    industry = Objects.requireNonNull(industry, "industry").map(String::strip);
    Objects.requireNonNull(annualRevenue, "annualRevenue");
    Objects.requireNonNull(employees, "employees");
  }

  /** The profile of {@code account} with the default custom-field keys. */
  public static AccountProfile of(Account account) {
    return of(account, REVENUE_KEY, EMPLOYEES_KEY);
  }

  /** The profile of {@code account}, revenue and employees read from the given custom-field keys. */
  public static AccountProfile of(Account account, String revenueKey, String employeesKey) {
    Objects.requireNonNull(account, "account");
    Optional<PostalAddress> address = account.contactPoints().stream()
        .filter(p -> p.kind() == ContactPoint.Kind.POSTAL)
        .min(Comparator.comparingInt((ContactPoint p) -> p.primary() ? 0 : p.purpose() == ContactPoint.Purpose.BILLING ? 1 : 2))
        .flatMap(ContactPoint::address);
    Optional<BigDecimal> revenue = account.customFields().get(revenueKey).flatMap(v -> {
      if (v instanceof FieldValue.DecimalValue d) {
        return Optional.of(d.value());
      }
      if (v instanceof FieldValue.NumberValue n) {
        return Optional.of(BigDecimal.valueOf(n.value()));
      }
      if (v instanceof FieldValue.MoneyValue m) {
        return Optional.of(m.value().amount());
      }
      return Optional.empty();
    });
    Optional<Long> employees = account.customFields().get(employeesKey)
        .flatMap(v -> v instanceof FieldValue.NumberValue n ? Optional.of(n.value()) : Optional.empty());
    return new AccountProfile(account.tenantId(), account.id(), address.map(PostalAddress::countryCode),
        address.flatMap(PostalAddress::region), address.flatMap(PostalAddress::postcode), account.industry(), revenue,
        employees);
  }

  /** A postcode as rules compare it: upper-cased, without spaces or hyphens ({@code "sw1a 2aa"} → {@code SW1A2AA}). */
  public static String normalPostcode(String postcode) {
    return postcode.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
  }
}
