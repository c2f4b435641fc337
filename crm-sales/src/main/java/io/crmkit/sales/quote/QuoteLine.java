package io.crmkit.sales.quote;

import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a quote, a snapshot taken when the quote is drafted (later price changes do not alter it):
 * product code and name, quantity, unit price, discount and tax rate in percent, e.g.
 * {@code new QuoteLine("CRM-PRO", "CRM Pro seat", new BigDecimal("12"), Money.of("49.00", "EUR"), new BigDecimal("10"), new BigDecimal("19"))}.
 *
 * @param discountPercent 0 to 100
 * @param taxRatePercent 0 to 100
 */
public record QuoteLine(
    String productCode, String productName, BigDecimal quantity, Money unitPrice, BigDecimal discountPercent, BigDecimal taxRatePercent) {
  /** The longest product name a line holds: as long as a {@link io.crmkit.sales.product.Product}'s name may be. */
  public static final int MAX_PRODUCT_NAME = 255;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public QuoteLine {
    Objects.requireNonNull(productCode, "productCode");
    Objects.requireNonNull(productName, "productName");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(unitPrice, "unitPrice");
    Objects.requireNonNull(discountPercent, "discountPercent");
    Objects.requireNonNull(taxRatePercent, "taxRatePercent");
    ValidationException.check(
        !productCode.isBlank() && productCode.length() <= 64, "productCode", "must have 1 to 64 characters and not be blank");
    ValidationException.check(
        !productName.isBlank() && productName.length() <= MAX_PRODUCT_NAME, "productName",
        "must have 1 to " + MAX_PRODUCT_NAME + " characters and not be blank");
    ValidationException.check(quantity.signum() > 0, "quantity", "must be positive but was " + quantity.toPlainString());
    ValidationException.check(!unitPrice.isNegative(), "unitPrice", "must not be negative but was " + unitPrice);
    ValidationException.check(
        discountPercent.signum() >= 0 && discountPercent.compareTo(HUNDRED) <= 0,
        "discountPercent", "must be between 0 and 100 but was " + discountPercent.toPlainString());
    ValidationException.check(
        taxRatePercent.signum() >= 0 && taxRatePercent.compareTo(HUNDRED) <= 0,
        "taxRatePercent", "must be between 0 and 100 but was " + taxRatePercent.toPlainString());
    discountPercent = discountPercent.stripTrailingZeros();
    taxRatePercent = taxRatePercent.stripTrailingZeros();
  }

  /** A line without discount. */
  public static QuoteLine of(String productCode, String productName, String quantity, Money unitPrice, String taxRatePercent) {
    return new QuoteLine(productCode, productName, new BigDecimal(quantity), unitPrice, BigDecimal.ZERO, new BigDecimal(taxRatePercent));
  }

  /** A copy with {@code percent} discount. */
  public QuoteLine withDiscount(BigDecimal percent) {
    return new QuoteLine(productCode, productName, quantity, unitPrice, percent, taxRatePercent);
  }

  /** Quantity times unit price, rounded half-even to the currency's minor units. */
  public Money gross() {
    return unitPrice.times(quantity).rounded();
  }

  /** The line's net amount: quantity times unit price less the discount, rounded once, half-even. */
  public Money net() {
    BigDecimal factor = HUNDRED.subtract(discountPercent).divide(HUNDRED);
    return unitPrice.times(quantity).times(factor).rounded();
  }

  /** The discount granted on this line: {@link #gross()} minus {@link #net()}. */
  public Money discount() {
    return gross().minus(net());
  }
}
