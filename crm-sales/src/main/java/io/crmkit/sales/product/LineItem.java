package io.crmkit.sales.product;

import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * One product on an opportunity: how many, at which list price (from a price book), the sales price agreed
 * (the list price unless changed) and a discount percentage. Its {@link #total()} is
 * {@code quantity × salesPrice × (1 − discount/100)}, rounded half-even to the currency's minor unit.
 *
 * <pre>{@code
 * LineItem seats = LineItem.of(standard, seat.id(), eur, new BigDecimal("20")).withDiscountPercent(new BigDecimal("10"));
 * Money total = seats.total(); // 20 × 49.00 × 0.9 = 882.00 EUR
 * }</pre>
 *
 * @param product the product sold
 * @param priceBook the price book the list price came from
 * @param quantity greater than zero (fractions allowed, e.g. hours)
 * @param listPrice the unit list price from the price book
 * @param salesPrice the unit price agreed; same currency as the list price, not negative
 * @param discountPercent from 0 to 100
 */
public record LineItem(
    ProductId product, PriceBookId priceBook, BigDecimal quantity, Money listPrice, Money salesPrice, BigDecimal discountPercent) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public LineItem {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(priceBook, "priceBook");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(listPrice, "listPrice");
    Objects.requireNonNull(salesPrice, "salesPrice");
    Objects.requireNonNull(discountPercent, "discountPercent");
    ValidationException.check(quantity.signum() > 0, "lineItem.quantity", "must be greater than 0 but was " + quantity.toPlainString());
    ValidationException.check(
        salesPrice.currency().equals(listPrice.currency()),
        "lineItem.salesPrice",
        "must be in the list price's currency " + listPrice.currency() + " but was " + salesPrice.currency());
    ValidationException.check(!salesPrice.isNegative(), "lineItem.salesPrice", "must not be negative but was " + salesPrice);
    ValidationException.check(!listPrice.isNegative(), "lineItem.listPrice", "must not be negative but was " + listPrice);
    ValidationException.check(
        discountPercent.signum() >= 0 && discountPercent.compareTo(HUNDRED) <= 0,
        "lineItem.discountPercent",
        "must be from 0 to 100 but was " + discountPercent.toPlainString());
    quantity = quantity.stripTrailingZeros();
    discountPercent = discountPercent.signum() == 0 ? BigDecimal.ZERO : discountPercent.stripTrailingZeros();
  }

  /** {@code quantity} of {@code entry}'s product at its list price, no discount. */
  public static LineItem of(PriceBookId priceBook, PriceBookEntry entry, BigDecimal quantity) {
    Objects.requireNonNull(entry, "entry");
    return new LineItem(entry.product(), priceBook, quantity, entry.listPrice(), entry.listPrice(), BigDecimal.ZERO);
  }

  /**
   * {@code quantity} of {@code product} at its active {@code currency} list price in {@code book}.
   *
   * @throws ValidationException if the book has no active price for the product in that currency
   */
  public static LineItem of(PriceBook book, ProductId product, Currency currency, BigDecimal quantity) {
    Objects.requireNonNull(book, "book");
    return of(book.id(), book.requireActiveEntry(product, currency), quantity);
  }

  /** The currency of the line. */
  public Currency currency() {
    return listPrice.currency();
  }

  /** {@code quantity × salesPrice × (1 − discountPercent/100)}, rounded half-even to the currency's minor unit. */
  public Money total() {
    BigDecimal factor = HUNDRED.subtract(discountPercent).divide(HUNDRED);
    return salesPrice.times(quantity).times(factor).rounded();
  }

  public LineItem withQuantity(BigDecimal value) {
    return new LineItem(product, priceBook, value, listPrice, salesPrice, discountPercent);
  }

  public LineItem withSalesPrice(Money value) {
    return new LineItem(product, priceBook, quantity, listPrice, value, discountPercent);
  }

  public LineItem withDiscountPercent(BigDecimal value) {
    return new LineItem(product, priceBook, quantity, listPrice, salesPrice, value);
  }
}
