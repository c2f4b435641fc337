package io.crmkit.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MoneyProperties {
  static final List<Currency> CURRENCIES =
      List.of("EUR", "USD", "JPY", "GBP", "KWD", "CHF").stream().map(Currency::getInstance).toList();
  static final LocalDate DAY = LocalDate.parse("2026-06-30");

  @Provide
  Arbitrary<Money> money() {
    return Combinators.combine(
            Arbitraries.bigDecimals().between(new BigDecimal("-1000000"), new BigDecimal("1000000")).ofScale(3),
            Arbitraries.of(CURRENCIES))
        .as(Money::new);
  }

  @Provide
  Arbitrary<BigDecimal> rate() {
    return Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("500")).ofScale(4);
  }

  @Property(tries = 200)
  void conversionRoundTripsWithinRounding(@ForAll("money") Money money, @ForAll("rate") BigDecimal rate) {
    Money start = money.rounded();
    Currency other = start.currency().getCurrencyCode().equals("USD")
        ? Currency.getInstance("EUR") : Currency.getInstance("USD");
    MoneyConversion fx = new MoneyConversion(
        new InMemoryExchangeRates().add(new ExchangeRate(start.currency(), other, rate, DAY.minusYears(1))));
    Money there = fx.convert(start, other, DAY);
    Money back = fx.convert(there, start.currency(), DAY);
    // half a unit of the target currency lost going there, scaled back, plus half a unit coming back
    BigDecimal unitThere = BigDecimal.ONE.movePointLeft(Money.fractionDigits(other));
    BigDecimal unitBack = BigDecimal.ONE.movePointLeft(Money.fractionDigits(start.currency()));
    BigDecimal bound = unitThere.divide(rate.multiply(BigDecimal.valueOf(2)), 10, RoundingMode.UP)
        .add(unitBack.divide(BigDecimal.valueOf(2)))
        .add(unitBack.movePointLeft(6));
    assertThat(back.currency()).isEqualTo(start.currency());
    assertThat(back.amount().subtract(start.amount()).abs()).isLessThanOrEqualTo(bound);
  }

  @Property(tries = 200)
  void sumsAreOrderIndependent(@ForAll @net.jqwik.api.constraints.Size(max = 20) List<@net.jqwik.api.From("money") Money> amounts, @ForAll long seed) {
    InMemoryExchangeRates rates = new InMemoryExchangeRates();
    BigDecimal r = new BigDecimal("1.37");
    for (Currency c : CURRENCIES) {
      if (!c.getCurrencyCode().equals("EUR")) {
        rates.add(new ExchangeRate(c, Currency.getInstance("EUR"), r, DAY));
        r = r.add(new BigDecimal("0.731"));
      }
    }
    MoneyConversion fx = new MoneyConversion(rates);
    List<Money> shuffled = new ArrayList<>(amounts);
    Collections.shuffle(shuffled, new Random(seed));
    Currency target = Currency.getInstance("EUR");
    assertThat(fx.sum(shuffled, target, DAY)).isEqualTo(fx.sum(amounts, target, DAY));
    assertThat(fx.sum(shuffled, target, DAY).isRounded()).isTrue();
  }

  @Property(tries = 200)
  void equalityIgnoresScale(@ForAll("money") Money money, @ForAll("extraZeros") int zeros) {
    Money rescaled = new Money(money.amount().setScale(money.amount().scale() + zeros), money.currency());
    assertThat(rescaled).isEqualTo(money).hasSameHashCodeAs(money);
    assertThat(money.plus(money.negate()).isZero()).isTrue();
  }

  @Provide
  Arbitrary<Integer> extraZeros() {
    return Arbitraries.integers().between(0, 5);
  }
}
