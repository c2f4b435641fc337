package io.crmkit.analytics.profitability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfitabilityTest {
  @Test
  void revenueMinusCostPerCustomerAndSegmentWithoutMixingCurrencies() {
    List<LedgerEntry> entries = List.of(
        LedgerEntry.revenue("a", Money.of("100.00", "EUR")),
        LedgerEntry.revenue("a", Money.of("50.10", "EUR")),
        LedgerEntry.cost("a", Money.of("30.05", "EUR")),
        LedgerEntry.revenue("b", Money.of("20", "EUR")),
        LedgerEntry.cost("b", Money.of("45", "EUR")),
        LedgerEntry.cost("b", Money.of("5", "USD")),
        LedgerEntry.revenue("c", Money.of("10", "EUR")));
    ProfitabilityReport r = Profitability.of(entries, Map.of("a", "gold", "b", "gold"), "other");
    assertThat(r.customers()).extracting(l -> l.key() + " " + l.profit())
        .containsExactly("a 120.05 EUR", "c 10.00 EUR", "b -5.00 USD", "b -25.00 EUR");
    assertThat(r.segments()).extracting(l -> l.key() + " " + l.customers() + " " + l.profit())
        .containsExactly("gold 2 95.05 EUR", "other 1 10.00 EUR", "gold 1 -5.00 USD");
    ProfitLine a = r.customers().get(0);
    assertThat(a.margin()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo(new BigDecimal("0.7998001332")));
    assertThat(r.segments().get(2).margin()).isEmpty();
  }

  @Test
  void aLineRefusesMixedCurrencies() {
    assertThatThrownBy(() -> new ProfitLine("x", 1, Money.of("1", "EUR"), Money.of("1", "USD")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("currency");
  }
}
