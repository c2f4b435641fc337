package io.crmkit.sales.quote;

import io.crmkit.core.ValidationException;
import io.crmkit.sales.product.ProductId;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The tax rates, in percent (0 to 100), that {@link OpportunityQuotes} puts on the lines it makes from an
 * opportunity's products: one rate for every product, or a rate per product with an optional fallback.
 *
 * <p>{@code QuoteTaxes vat = QuoteTaxes.perProduct(Map.of(ebook.id(), new BigDecimal("7"))).orElse(new BigDecimal("19"));}
 *
 * @param rates the rate of each product named
 * @param fallback the rate of a product not named; empty to refuse such products
 */
public record QuoteTaxes(Map<ProductId, BigDecimal> rates, Optional<BigDecimal> fallback) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public QuoteTaxes {
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(fallback, "fallback");
    Map<ProductId, BigDecimal> copy = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
    rates.forEach((product, rate) -> copy.put(
        Objects.requireNonNull(product, "rates.product"), checked(rate, "rates[" + product.value() + "]")));
    rates = java.util.Collections.unmodifiableMap(copy);
    fallback.ifPresent(r -> checked(r, "fallback"));
  }

  private static BigDecimal checked(BigDecimal rate, String field) {
    Objects.requireNonNull(rate, field);
    ValidationException.check(
        rate.signum() >= 0 && rate.compareTo(HUNDRED) <= 0, field, "must be a tax rate between 0 and 100 percent but was " + rate.toPlainString());
    return rate;
  }

  /** No tax on any line. */
  public static QuoteTaxes none() {
    return flat(BigDecimal.ZERO);
  }

  /** {@code ratePercent} on every line, e.g. {@code QuoteTaxes.flat(new BigDecimal("19"))}. */
  public static QuoteTaxes flat(BigDecimal ratePercent) {
    return new QuoteTaxes(Map.of(), Optional.of(Objects.requireNonNull(ratePercent, "ratePercent")));
  }

  /** The rate given for each product; a product not in {@code rates} is refused unless {@link #orElse} gives a rate. */
  public static QuoteTaxes perProduct(Map<ProductId, BigDecimal> rates) {
    return new QuoteTaxes(rates, Optional.empty());
  }

  /** These rates, with {@code ratePercent} for products they do not name. */
  public QuoteTaxes orElse(BigDecimal ratePercent) {
    return new QuoteTaxes(rates, Optional.of(Objects.requireNonNull(ratePercent, "ratePercent")));
  }

  /**
   * The rate of {@code product}.
   *
   * @throws ValidationException if it has no rate and there is no fallback
   */
  public BigDecimal rateOf(ProductId product) {
    Objects.requireNonNull(product, "product");
    BigDecimal rate = rates.get(product);
    if (rate != null) {
      return rate;
    }
    return fallback.orElseThrow(() -> new ValidationException(
        "taxes", "no tax rate for product " + product.value() + " and no rate for the others (rates for " + rates.keySet().stream().map(ProductId::value).toList() + ")"));
  }
}
