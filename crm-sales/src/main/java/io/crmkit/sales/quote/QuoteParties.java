package io.crmkit.sales.quote;

import io.crmkit.core.ValidationException;
import java.util.Objects;

/**
 * The names a quote document shows for the seller and the customer, as the host's records give them (any
 * Unicode text; the template escapes it): {@code new QuoteParties("Acme GmbH", "Ada Lovelace")}.
 */
public record QuoteParties(String seller, String customer) {
  public QuoteParties {
    Objects.requireNonNull(seller, "seller");
    Objects.requireNonNull(customer, "customer");
    ValidationException.check(!seller.isBlank() && seller.length() <= 500, "seller", "must have 1 to 500 characters and not be blank");
    ValidationException.check(!customer.isBlank() && customer.length() <= 500, "customer", "must have 1 to 500 characters and not be blank");
  }
}
