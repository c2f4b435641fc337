package io.crmkit.testkit.arbitrary;

import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** The ISO 4217 currencies the JDK knows, with the ones whose fraction digits differ as edge cases. */
final class Currencies {
  private Currencies() {}

  static final List<Currency> ALL =
      Currency.getAvailableCurrencies().stream().sorted(Comparator.comparing(Currency::getCurrencyCode)).toList();

  static Arbitrary<Currency> currencies() {
    return Cache.of("Currencies.currencies", Currencies::makeCurrencies);
  }

  private static Arbitrary<Currency> makeCurrencies() {
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(
                1, Arbitraries.of("EUR", "USD", "GBP", "JPY", "CHF", "CNY", "INR", "BRL", "BHD", "KWD", "CLF", "XAU").map(Currency::getInstance)),
            net.jqwik.api.Tuple.of(3, Arbitraries.of(ALL)))
        .edgeCases(c -> c.add(Currency.getInstance("EUR"), Currency.getInstance("JPY"), Currency.getInstance("BHD")));
  }
}
