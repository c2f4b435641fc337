package io.crmkit.core.money;

import io.crmkit.core.ValidationException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * A dated exchange rate: from {@code validFrom} on (until a later rate for the same pair), one unit of
 * {@code from} buys {@code rate} units of {@code to}. E.g.
 * {@code new ExchangeRate(EUR, USD, new BigDecimal("1.0843"), LocalDate.parse("2026-01-01"))}.
 *
 * <p>The rate must be positive; a rate from a currency to itself must be exactly 1.
 */
public record ExchangeRate(Currency from, Currency to, BigDecimal rate, LocalDate validFrom) {
  /** Precision of derived (inverse) rates: 34 significant digits. */
  static final MathContext PRECISION = MathContext.DECIMAL128;

  public ExchangeRate {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(validFrom, "validFrom");
    ValidationException.check(
        rate.signum() > 0, "rate", "must be greater than 0 but was " + rate.toPlainString() + " for " + pair(from, to));
    ValidationException.check(
        !from.equals(to) || rate.compareTo(BigDecimal.ONE) == 0,
        "rate",
        "a rate from " + from.getCurrencyCode() + " to itself must be 1 but was " + rate.toPlainString());
  }

  /** The identity rate of {@code currency}: 1, in force since {@link LocalDate#MIN}. */
  public static ExchangeRate identity(Currency currency) {
    return new ExchangeRate(currency, currency, BigDecimal.ONE, LocalDate.MIN);
  }

  /** The reverse rate ({@code to → from}, 1/rate to 34 significant digits) with the same {@code validFrom}. */
  public ExchangeRate inverse() {
    return new ExchangeRate(to, from, BigDecimal.ONE.divide(rate, PRECISION), validFrom);
  }

  /** {@code money} (in {@code from}) expressed in {@code to}, exactly {@code amount × rate}, not rounded. */
  public Money apply(Money money) {
    Objects.requireNonNull(money, "money");
    ValidationException.check(
        money.currency().equals(from),
        "currency",
        "a " + pair(from, to) + " rate cannot convert " + money.currency().getCurrencyCode() + " amounts");
    return new Money(money.amount().multiply(rate), to);
  }

  @Override
  public String toString() {
    return pair(from, to) + " " + rate.toPlainString() + " from " + validFrom;
  }

  static String pair(Currency from, Currency to) {
    return from.getCurrencyCode() + "→" + to.getCurrencyCode();
  }
}
