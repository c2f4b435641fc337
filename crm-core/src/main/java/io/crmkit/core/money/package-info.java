/**
 * Money and currency conversion: {@link io.crmkit.core.money.Money} is an amount in one ISO 4217 currency,
 * and amounts in different currencies never mix silently. Arithmetic across currencies is a
 * {@link io.crmkit.core.ValidationException}; to add or compare them, convert through
 * {@link io.crmkit.core.money.MoneyConversion}, which reads dated rates from the
 * {@link io.crmkit.core.money.ExchangeRates} SPI that the host implements (or the thread-safe
 * {@link io.crmkit.core.money.InMemoryExchangeRates}). For example
 * {@code new MoneyConversion(rates).sum(dealValues, Currency.getInstance("EUR"), quarterEnd)} converts every
 * amount with the rate in force on {@code quarterEnd} and rounds once, at the end.
 */
@NullMarked
package io.crmkit.core.money;

import org.jspecify.annotations.NullMarked;
