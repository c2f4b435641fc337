package io.crmkit.core.money;

import io.crmkit.core.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.Objects;

/**
 * Converts and sums money across currencies with the dated rates of an {@link ExchangeRates}; the only way
 * crmkit adds amounts of different currencies.
 *
 * <pre>{@code
 * MoneyConversion fx = new MoneyConversion(rates);
 * Money total = fx.sum(List.of(Money.of("10", "EUR"), Money.of("5", "USD")), usd, LocalDate.parse("2026-03-31"));
 * }</pre>
 *
 * <p>Results are rounded to the target currency's fraction digits (half to even). {@link #sum} converts
 * every amount exactly and rounds once, so the result does not depend on the order of the amounts. A
 * missing rate is a {@link ValidationException} such as {@code no EUR→USD rate in force on 2026-01-01}.
 */
public final class MoneyConversion {
  private final ExchangeRates rates;

  public MoneyConversion(ExchangeRates rates) {
    this.rates = Objects.requireNonNull(rates, "rates");
  }

  /** {@code money} in {@code target} at the rate in force on {@code on}, rounded to {@code target}'s digits. */
  public Money convert(Money money, Currency target, LocalDate on) {
    return convertExactly(money, target, on).rounded();
  }

  /**
   * {@code money} in {@code target} at the rate in force on {@code on}, not rounded (as exact as the rate:
   * derived inverse rates carry 34 significant digits).
   */
  public Money convertExactly(Money money, Currency target, LocalDate on) {
    Objects.requireNonNull(money, "money");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(on, "on");
    if (money.currency().equals(target)) {
      return money;
    }
    ExchangeRate rate =
        rates.rate(money.currency(), target, on)
            .orElseThrow(
                () -> new ValidationException(
                    "currency",
                    "no " + ExchangeRate.pair(money.currency(), target) + " rate in force on " + on));
    return rate.apply(money);
  }

  /**
   * The total of {@code amounts} in {@code target}: every amount is converted exactly with the rate in force
   * on {@code on}, and the total is rounded once. An empty collection sums to zero.
   */
  public Money sum(Collection<Money> amounts, Currency target, LocalDate on) {
    Objects.requireNonNull(amounts, "amounts");
    BigDecimal total = BigDecimal.ZERO;
    for (Money m : amounts) {
      total = total.add(convertExactly(m, target, on).amount());
    }
    return new Money(total, target).rounded();
  }

  /**
   * The total of amounts that must all be in one currency, without conversion.
   *
   * @throws ValidationException naming both currencies when they are mixed
   */
  public static Money sumSameCurrency(Collection<Money> amounts, Currency currency) {
    Money total = Money.zero(currency);
    for (Money m : amounts) {
      total = total.plus(m);
    }
    return total;
  }
}
