package io.crmkit.sales.product;

import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import java.util.Objects;

/**
 * The list price of one product in one currency in a {@link PriceBook}; a product has one entry per currency
 * it is sold in. Inactive entries stay for history but new line items cannot use them.
 *
 * <p>{@code new PriceBookEntry(seat.id(), Money.of("49.00", "EUR"), true)}
 *
 * @param product the product priced
 * @param listPrice the price of one unit, not negative, with no more decimals than the currency uses
 * @param active whether new line items may use the entry
 */
public record PriceBookEntry(ProductId product, Money listPrice, boolean active) {
  public PriceBookEntry {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(listPrice, "listPrice");
    ValidationException.check(!listPrice.isNegative(), "listPrice", "must not be negative but was " + listPrice);
    ValidationException.check(
        listPrice.isRounded(), "listPrice", "must not have more decimals than " + listPrice.currency() + " uses but was " + listPrice);
  }

  /** An active entry. */
  public static PriceBookEntry of(ProductId product, Money listPrice) {
    return new PriceBookEntry(product, listPrice, true);
  }

  public java.util.Currency currency() {
    return listPrice.currency();
  }
}
