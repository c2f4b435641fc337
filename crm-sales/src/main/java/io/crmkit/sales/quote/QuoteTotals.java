package io.crmkit.sales.quote;

import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The totals of a quote's lines in its one currency: each line's net after discount (rounded per line,
 * half-even, to the currency's minor units), the tax per rate (on the sum of the nets at that rate, rounded
 * once per rate), the net and tax totals, and the grand total (net plus tax).
 *
 * <p>{@code QuoteTotals totals = QuoteTotals.of(lines, Money.currency("EUR"));}
 */
public record QuoteTotals(Currency currency, List<Money> lineNets, List<TaxLine> taxes, Money net, Money tax, Money grandTotal) {
  public QuoteTotals {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(net, "net");
    Objects.requireNonNull(tax, "tax");
    Objects.requireNonNull(grandTotal, "grandTotal");
    lineNets = List.copyOf(lineNets);
    taxes = List.copyOf(taxes);
    ValidationException.check(grandTotal.equals(net.plus(tax)), "grandTotal", "must be the net " + net + " plus the tax " + tax);
  }

  /**
   * Computes the totals of {@code lines}.
   *
   * @throws ValidationException if a line's unit price is not in {@code currency}
   */
  public static QuoteTotals of(List<QuoteLine> lines, Currency currency) {
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(currency, "currency");
    Money zero = Money.zero(currency);
    List<Money> nets = new ArrayList<>();
    Map<BigDecimal, Money> netByRate = new TreeMap<>();
    Money net = zero;
    for (int i = 0; i < lines.size(); i++) {
      QuoteLine line = lines.get(i);
      ValidationException.check(
          line.unitPrice().currency().equals(currency),
          "lines[" + i + "].unitPrice",
          "must be in the quote's currency " + currency.getCurrencyCode() + " but was " + line.unitPrice());
      Money lineNet = line.net();
      nets.add(lineNet);
      net = net.plus(lineNet);
      netByRate.merge(line.taxRatePercent(), lineNet, Money::plus);
    }
    List<TaxLine> taxes = new ArrayList<>();
    Money tax = zero;
    for (Map.Entry<BigDecimal, Money> e : netByRate.entrySet()) {
      Money t = e.getValue().times(e.getKey().movePointLeft(2)).rounded();
      taxes.add(new TaxLine(e.getKey(), e.getValue(), t));
      tax = tax.plus(t);
    }
    return new QuoteTotals(currency, nets, taxes, net, tax, net.plus(tax));
  }
}
