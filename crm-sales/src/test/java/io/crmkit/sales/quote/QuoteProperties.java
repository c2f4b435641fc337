package io.crmkit.sales.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.CrmException;
import io.crmkit.core.money.Money;
import io.crmkit.sales.opportunity.OpportunityId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class QuoteProperties {

  @Provide
  Arbitrary<List<QuoteLine>> eurLines() {
    Arbitrary<BigDecimal> qty = Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("1000")).ofScale(3);
    Arbitrary<Money> price = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("10000")).ofScale(4).map(a -> Money.of(a, "EUR"));
    Arbitrary<BigDecimal> discount = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(2);
    Arbitrary<BigDecimal> tax = Arbitraries.of("0", "5", "7", "19", "20", "8.1").map(BigDecimal::new);
    return Combinators.combine(qty, price, discount, tax)
        .as((q, p, d, t) -> new QuoteLine("P", "product", q, p, d, t))
        .list().ofMaxSize(12);
  }

  @Property(tries = 200)
  void totalsAddUpInTheCurrencysMinorUnits(@ForAll("eurLines") List<QuoteLine> lines) {
    Currency eur = Money.currency("EUR");
    QuoteTotals t = QuoteTotals.of(lines, eur);

    Money sumOfLines = t.lineNets().stream().reduce(Money.zero(eur), Money::plus);
    Money sumOfTaxes = t.taxes().stream().map(TaxLine::tax).reduce(Money.zero(eur), Money::plus);
    Money netByRate = t.taxes().stream().map(TaxLine::net).reduce(Money.zero(eur), Money::plus);
    assertThat(t.net()).isEqualTo(sumOfLines).isEqualTo(netByRate);
    assertThat(t.tax()).isEqualTo(sumOfTaxes);
    assertThat(t.grandTotal()).isEqualTo(t.net().plus(t.tax()));
    assertThat(List.of(t.net(), t.tax(), t.grandTotal())).allSatisfy(m -> assertThat(m.isRounded()).isTrue());
    for (int i = 0; i < lines.size(); i++) {
      assertThat(t.lineNets().get(i).isGreaterThan(lines.get(i).gross())).isFalse();
    }
  }

  @Property(tries = 150)
  void everySequenceOfDecisionsKeepsExactlyOneCurrentRevision(
      @ForAll @Size(max = 12) List<@net.jqwik.api.constraints.IntRange(max = 5) Integer> ops) {
    Clock clock = Clock.fixed(QuoteTest.MARCH_1.instant(), ZoneOffset.UTC);
    Quote q = QuoteTest.draft();
    for (int op : ops) {
      Clock now = Clock.offset(clock, Duration.ofDays(op * 9L));
      try {
        q = switch (op) {
          case 0 -> q.present(now);
          case 1 -> q.accept(now).quote();
          case 2 -> q.reject(Optional.empty(), now).quote();
          case 3 -> q.expire(now);
          case 4 -> q.revise(QuoteTest.lines(), LocalDate.ofInstant(now.instant(), q.zone()).plusDays(20), now);
          default -> q.withLines(QuoteTest.lines().subList(0, 1), now.instant());
        };
      } catch (CrmException refused) {
        // a refused step leaves the quote as it was
      }
      List<QuoteRevision> revs = q.revisions();
      assertThat(revs.stream().filter(r -> r.status() != QuoteStatus.SUPERSEDED)).hasSize(1);
      assertThat(q.current()).isSameAs(revs.get(revs.size() - 1));
    }
  }
}
