package io.crmkit.analytics.profitability;

import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * Revenue, cost to serve and profit of one customer or one segment in one currency, from
 * {@link ProfitabilityReport}; e.g. {@code line.profit()} and {@code line.margin()}.
 *
 * @param key the customer id or the segment name
 * @param customers how many customers the line covers (1 for a customer line)
 * @param revenue the revenue
 * @param costToServe the cost to serve, in the same currency
 */
public record ProfitLine(String key, int customers, Money revenue, Money costToServe) {
  public ProfitLine {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(revenue, "revenue");
    Objects.requireNonNull(costToServe, "costToServe");
    ValidationException.check(
        revenue.currency().equals(costToServe.currency()),
        "costToServe",
        "must be in the revenue's currency " + revenue.currency() + " but was in " + costToServe.currency());
    ValidationException.check(customers >= 0, "customers", "must be ≥ 0 but was " + customers);
  }

  /** Revenue minus cost to serve. */
  public Money profit() {
    return revenue.minus(costToServe);
  }

  /** Profit as a share of revenue (to 10 significant digits), empty when revenue is zero. */
  public Optional<BigDecimal> margin() {
    if (revenue.isZero()) {
      return Optional.empty();
    }
    return Optional.of(profit().amount().divide(revenue.amount(), new MathContext(10)));
  }
}
