package io.crmkit.analytics.profitability;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ProfitabilityProperties {
  static final Map<String, String> SEGMENTS = Map.of("a", "s1", "b", "s1", "c", "s2");

  @Provide
  Arbitrary<List<LedgerEntry>> entries() {
    return Combinators.combine(
            Arbitraries.of("a", "b", "c", "d"),
            Arbitraries.of(LedgerEntry.Kind.values()),
            Arbitraries.bigDecimals().between(new BigDecimal("-100"), new BigDecimal("1000")).ofScale(2),
            Arbitraries.of("EUR", "USD", "JPY"))
        .as((id, kind, amount, cur) -> new LedgerEntry(id, kind, Money.of(amount, cur)))
        .list().ofMaxSize(30);
  }

  @Property(tries = 200)
  void segmentsAddUpTheirCustomersPerCurrencyAndEveryEntryIsCounted(@ForAll("entries") List<LedgerEntry> entries) {
    ProfitabilityReport r = Profitability.of(entries, SEGMENTS, "none");
    for (ProfitLine seg : r.segments()) {
      Money sum = r.customers().stream()
          .filter(c -> SEGMENTS.getOrDefault(c.key(), "none").equals(seg.key()))
          .filter(c -> c.revenue().currency().equals(seg.revenue().currency()))
          .map(ProfitLine::profit)
          .reduce(Money.zero(seg.revenue().currency()), Money::plus);
      assertThat(seg.profit()).isEqualTo(sum);
    }
    for (String cur : List.of("EUR", "USD", "JPY")) {
      Money expected = entries.stream()
          .filter(e -> e.amount().currency().getCurrencyCode().equals(cur))
          .map(e -> e.kind() == LedgerEntry.Kind.REVENUE ? e.amount() : e.amount().negate())
          .reduce(Money.zero(Money.currency(cur)), Money::plus);
      Money actual = r.customers().stream()
          .filter(c -> c.revenue().currency().getCurrencyCode().equals(cur))
          .map(ProfitLine::profit)
          .reduce(Money.zero(Money.currency(cur)), Money::plus);
      assertThat(actual).isEqualTo(expected);
    }
  }
}
