package io.crmkit.core.money;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * SPI: where exchange rates come from. The host implements it over its rate feed, or uses
 * {@link InMemoryExchangeRates}; {@link MoneyConversion} reads it.
 *
 * <p>{@code rates.rate(EUR, USD, LocalDate.parse("2026-03-31")).map(r -> r.apply(amount))}
 */
@FunctionalInterface
public interface ExchangeRates {
  /**
   * The rate converting {@code from} into {@code to} that is in force on {@code on}, or empty when none is
   * known. Implementations return a rate of 1 when {@code from} equals {@code to}.
   */
  Optional<ExchangeRate> rate(Currency from, Currency to, LocalDate on);
}
