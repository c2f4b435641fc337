package io.crmkit.sales.quote;

import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The tax of one rate on a quote: the net of the lines taxed at {@code ratePercent} and the tax on it, rounded
 * once per rate. Part of {@link QuoteTotals}.
 *
 * <p>{@code totals.taxes().forEach(t -> print(t.ratePercent() + "% on " + t.net() + ": " + t.tax()));}
 */
public record TaxLine(BigDecimal ratePercent, Money net, Money tax) {
  public TaxLine {
    Objects.requireNonNull(ratePercent, "ratePercent");
    Objects.requireNonNull(net, "net");
    Objects.requireNonNull(tax, "tax");
    ValidationException.check(ratePercent.signum() >= 0, "ratePercent", "must not be negative");
    ValidationException.check(net.currency().equals(tax.currency()), "tax", "must be in the currency of the net " + net.currency());
  }
}
