package io.crmkit.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {
  static final Currency EUR = Currency.getInstance("EUR");
  static final Currency USD = Currency.getInstance("USD");
  static final Currency JPY = Currency.getInstance("JPY");
  static final LocalDate JAN = LocalDate.parse("2026-01-01");

  @Test
  void equalAmountsOfDifferentScaleAreEqual() {
    assertThat(Money.of("12.5", "EUR")).isEqualTo(Money.of("12.500", "EUR"));
    assertThat(Money.of("12.5", "EUR").hashCode()).isEqualTo(Money.of("12.50", "EUR").hashCode());
    assertThat(Money.of("12.5", "EUR").toString()).isEqualTo("12.50 EUR");
    assertThat(Money.of("100", "JPY").toString()).isEqualTo("100 JPY");
  }

  @Test
  void arithmeticIsExactAndRoundingIsHalfEven() {
    Money m = Money.of("10.00", "EUR").times(new BigDecimal("0.2345"));
    assertThat(m.amount()).isEqualByComparingTo("2.345");
    assertThat(m.rounded().amount()).isEqualByComparingTo("2.34");
    assertThat(Money.of("2.355", "EUR").rounded().amount()).isEqualByComparingTo("2.36");
    assertThat(Money.of("12.5", "JPY").rounded().amount()).isEqualByComparingTo("12");
    assertThat(Money.of("1", "EUR").plus(Money.of("2.5", "EUR")).minus(Money.of("0.5", "EUR")))
        .isEqualTo(Money.of("3", "EUR"));
    assertThat(Money.of("3", "EUR").negate().isNegative()).isTrue();
    assertThat(Money.zero(EUR).isZero()).isTrue();
    assertThat(Money.of("3", "EUR").times(3)).isEqualTo(Money.of("9", "EUR"));
  }

  @Test
  void mixingCurrenciesNamesBoth() {
    assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("EUR")
        .hasMessageContaining("USD");
    assertThatThrownBy(() -> Money.of("1", "EUR").compareTo(Money.of("1", "USD")))
        .isInstanceOf(ValidationException.class);
    assertThat(Money.of("1", "EUR").compareTo(Money.of("0.99", "EUR"))).isPositive();
  }

  @Test
  void badInputIsRejectedWithTheValue() {
    assertThatThrownBy(() -> Money.of("12,50", "EUR")).hasMessageContaining("'12,50'");
    assertThatThrownBy(() -> Money.of("1", "EURO")).hasMessageContaining("'EURO'");
  }

  @Test
  void ratesInForceAreTheLatestNotAfterTheDate() {
    InMemoryExchangeRates rates = new InMemoryExchangeRates()
        .add(new ExchangeRate(EUR, USD, new BigDecimal("1.10"), JAN))
        .add(new ExchangeRate(EUR, USD, new BigDecimal("1.20"), JAN.plusMonths(1)));
    assertThat(rates.rate(EUR, USD, JAN.minusDays(1))).isEmpty();
    assertThat(rates.rate(EUR, USD, JAN).orElseThrow().rate()).isEqualByComparingTo("1.10");
    assertThat(rates.rate(EUR, USD, JAN.plusDays(30)).orElseThrow().rate()).isEqualByComparingTo("1.10");
    assertThat(rates.rate(EUR, USD, JAN.plusMonths(1)).orElseThrow().rate()).isEqualByComparingTo("1.20");
    assertThat(rates.rate(JPY, JPY, JAN).orElseThrow().rate()).isEqualByComparingTo("1");
    // the reverse pair answers through the inverse rate
    assertThat(rates.rate(USD, EUR, JAN.plusMonths(2)).orElseThrow().rate())
        .isEqualByComparingTo(BigDecimal.ONE.divide(new BigDecimal("1.20"), ExchangeRate.PRECISION));
  }

  @Test
  void conversionRoundsToTheTargetCurrencyAndMissingRatesAreClear() {
    MoneyConversion fx = new MoneyConversion(
        new InMemoryExchangeRates().add(new ExchangeRate(EUR, JPY, new BigDecimal("160.555"), JAN)));
    assertThat(fx.convert(Money.of("10.00", "EUR"), JPY, JAN)).isEqualTo(Money.of("1606", "JPY"));
    assertThat(fx.convert(Money.of("1606", "JPY"), EUR, JAN)).isEqualTo(Money.of("10.00", "EUR"));
    assertThatThrownBy(() -> fx.convert(Money.of("1", "EUR"), USD, JAN))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("no EUR→USD rate in force on 2026-01-01");
    assertThatThrownBy(() -> fx.convert(Money.of("1", "EUR"), JPY, JAN.minusDays(1)))
        .hasMessageContaining("in force on 2025-12-31");
  }

  @Test
  void sumsConvertEveryAmountAndRoundOnce() {
    MoneyConversion fx = new MoneyConversion(
        new InMemoryExchangeRates().add(new ExchangeRate(USD, EUR, new BigDecimal("0.5"), JAN)));
    // 0.01 USD is 0.005 EUR each: rounding per amount would give 0.00 or 0.02; once at the end gives 0.01
    Money total = fx.sum(List.of(Money.of("0.01", "USD"), Money.of("0.01", "USD"), Money.of("1", "EUR")), EUR, JAN);
    assertThat(total).isEqualTo(Money.of("1.01", "EUR"));
    assertThat(fx.sum(List.of(), EUR, JAN)).isEqualTo(Money.zero(EUR));
    assertThatThrownBy(() -> MoneyConversion.sumSameCurrency(List.of(Money.of("1", "EUR"), Money.of("1", "USD")), EUR))
        .hasMessageContaining("USD");
  }

  @Test
  void ratesCanBeAddedFromManyThreads() throws Exception {
    InMemoryExchangeRates rates = new InMemoryExchangeRates();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
      for (int d = 0; d < 200; d++) {
        LocalDate day = JAN.plusDays(d);
        BigDecimal r = BigDecimal.ONE.add(BigDecimal.valueOf(d, 3));
        done.add(pool.submit(() -> rates.add(new ExchangeRate(EUR, USD, r, day))));
      }
      for (java.util.concurrent.Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(rates.all()).hasSize(200);
    assertThat(rates.rate(EUR, USD, JAN.plusDays(150)).orElseThrow().rate()).isEqualByComparingTo("1.150");
  }

  @Test
  void ratesMustBePositive() {
    assertThatThrownBy(() -> new ExchangeRate(EUR, USD, BigDecimal.ZERO, JAN))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("EUR→USD");
    assertThatThrownBy(() -> new ExchangeRate(EUR, EUR, new BigDecimal("2"), JAN))
        .isInstanceOf(ValidationException.class);
  }
}
