package io.crmkit.core.money;

import io.crmkit.core.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency, e.g. {@code Money.of("12.50", "EUR")}.
 *
 * <p>The amount is kept exactly (no rounding on arithmetic) in a canonical scale: at least the currency's
 * fraction digits, more only when the amount needs them, so {@code 12.5}, {@code 12.50} and {@code 12.500}
 * EUR are the same {@code Money} (equal and with one hash code). {@link #rounded()} rounds to the currency's
 * fraction digits with banker's rounding ({@link RoundingMode#HALF_EVEN}).
 *
 * <p>Combining two amounts of different currencies ({@link #plus}, {@link #minus}, {@link #compareTo}) throws
 * a {@link ValidationException} naming both currencies; convert first with {@link MoneyConversion}.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    amount = canonical(amount, fractionDigits(currency));
  }

  /** {@code amount} (a plain decimal such as {@code "-1234.5"}) in the currency with ISO 4217 code {@code currencyCode}. */
  public static Money of(String amount, String currencyCode) {
    return of(parseAmount(amount), currency(currencyCode));
  }

  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(amount, currency);
  }

  /** {@code amount} in the currency with ISO 4217 code {@code currencyCode}. */
  public static Money of(BigDecimal amount, String currencyCode) {
    return new Money(amount, currency(currencyCode));
  }

  /** Zero in {@code currency}. */
  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /** The currency with ISO 4217 code {@code code}, or a {@link ValidationException} naming the bad code. */
  public static Currency currency(String code) {
    Objects.requireNonNull(code, "currencyCode");
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new ValidationException("currency", "must be an ISO 4217 currency code such as EUR but was '" + code + "'");
    }
  }

  /** The number of fraction digits of {@code currency} (0 for currencies such as JPY or XAU). */
  public static int fractionDigits(Currency currency) {
    return Math.max(0, currency.getDefaultFractionDigits());
  }

  public Money plus(Money other) {
    requireSameCurrency(other, "add");
    return new Money(amount.add(other.amount), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other, "subtract");
    return new Money(amount.subtract(other.amount), currency);
  }

  /** This amount multiplied exactly by {@code factor}; call {@link #rounded()} to round. */
  public Money times(BigDecimal factor) {
    Objects.requireNonNull(factor, "factor");
    return new Money(amount.multiply(factor), currency);
  }

  public Money times(long factor) {
    return times(BigDecimal.valueOf(factor));
  }

  public Money negate() {
    return new Money(amount.negate(), currency);
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /** This amount rounded to the currency's fraction digits, half to even (2.345 EUR becomes 2.34). */
  public Money rounded() {
    return new Money(amount.setScale(fractionDigits(currency), RoundingMode.HALF_EVEN), currency);
  }

  /** Whether the amount has no more fraction digits than the currency uses. */
  public boolean isRounded() {
    return amount.scale() <= fractionDigits(currency);
  }

  /**
   * Compares amounts of the same currency.
   *
   * @throws ValidationException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other, "compare");
    return amount.compareTo(other.amount);
  }

  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  /** The amount and the currency code, e.g. {@code 12.50 EUR}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }

  private void requireSameCurrency(Money other, String operation) {
    Objects.requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new ValidationException(
          "currency",
          "cannot " + operation + " " + currency.getCurrencyCode() + " and " + other.currency.getCurrencyCode()
              + " amounts; convert one of them with MoneyConversion first");
    }
  }

  static BigDecimal parseAmount(String amount) {
    Objects.requireNonNull(amount, "amount");
    try {
      return new BigDecimal(amount.strip());
    } catch (NumberFormatException e) {
      throw new ValidationException("amount", "must be a decimal number such as 12.50 but was '" + amount + "'");
    }
  }

  private static BigDecimal canonical(BigDecimal amount, int digits) {
    BigDecimal stripped = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
    return stripped.scale() >= digits ? stripped : stripped.setScale(digits);
  }
}
