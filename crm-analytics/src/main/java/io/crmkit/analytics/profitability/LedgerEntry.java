package io.crmkit.analytics.profitability;

import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import java.util.Objects;

/**
 * One amount earned from or spent on serving a customer, the input of {@link Profitability}; e.g.
 * {@code LedgerEntry.revenue("c-1", Money.of("120.00", "EUR"))} or
 * {@code LedgerEntry.cost("c-1", Money.of("15.50", "EUR"))}.
 *
 * @param customerId the customer, not blank
 * @param kind revenue or cost to serve
 * @param amount the amount; a refund is a negative revenue
 */
public record LedgerEntry(String customerId, Kind kind, Money amount) {
  /** Which side of the ledger an entry is on. */
  public enum Kind {
    REVENUE,
    COST
  }

  public LedgerEntry {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(amount, "amount");
    ValidationException.check(!customerId.isBlank(), "customerId", "must not be blank");
  }

  public static LedgerEntry revenue(String customerId, Money amount) {
    return new LedgerEntry(customerId, Kind.REVENUE, amount);
  }

  public static LedgerEntry cost(String customerId, Money amount) {
    return new LedgerEntry(customerId, Kind.COST, amount);
  }
}
