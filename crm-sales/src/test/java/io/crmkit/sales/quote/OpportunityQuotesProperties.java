package io.crmkit.sales.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.AccountId;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.opportunity.OpportunityId;
import io.crmkit.sales.pipeline.Pipelines;
import io.crmkit.sales.product.LineItem;
import io.crmkit.sales.product.PriceBookId;
import io.crmkit.sales.product.Product;
import io.crmkit.sales.product.ProductId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class OpportunityQuotesProperties {
  static final TenantId ACME = TenantId.of("acme");
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  record Deal(Opportunity opportunity, List<Product> products) {}

  @Provide
  Arbitrary<Deal> deals() {
    Arbitrary<Currency> currency = Arbitraries.of("EUR", "JPY", "BHD", "USD").map(Money::currency);   // 2, 0 and 3 decimals
    return currency.flatMap(cur -> line(cur).list().ofMinSize(1).ofMaxSize(12).map(items -> {
      List<Product> products = new ArrayList<>();
      List<LineItem> lines = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        ProductId id = new ProductId("p-" + i);
        products.add(Product.of(id, ACME, "CODE-" + i, "Produkt " + i + " — Größe M"));
        LineItem template = items.get(i);
        lines.add(new LineItem(id, template.priceBook(), template.quantity(), template.listPrice(), template.salesPrice(), template.discountPercent()));
      }
      Opportunity o = Opportunity.builder(new OpportunityId("o-1"), ACME).name("Deal").account(new AccountId("a-1"))
          .owner(Owner.user("u-1")).closeDate(LocalDate.parse("2026-06-30")).lineItems(lines)
          .startIn(Pipelines.standardSales(), T0).build();
      return new Deal(o, products);
    }));
  }

  private static Arbitrary<LineItem> line(Currency cur) {
    Arbitrary<BigDecimal> quantity = Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("10000")).ofScale(2);
    Arbitrary<BigDecimal> price = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(4);
    Arbitrary<BigDecimal> discount = Arbitraries.oneOf(
        Arbitraries.just(BigDecimal.ZERO), Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(2));
    return Combinators.combine(quantity, price, price, discount).as((q, list, sale, d) -> new LineItem(
        new ProductId("x"), new PriceBookId("standard"), q, Money.of(list, cur), Money.of(sale, cur), d));
  }

  @Property(tries = 200)
  void withoutTaxTheQuotesNetIsTheOpportunitysAmount(@ForAll("deals") Deal deal) {
    Quote quote = OpportunityQuotes.draft(new QuoteId("q-1"), deal.opportunity(), deal.products(), QuoteTaxes.none(),
        ZoneId.of("Europe/Berlin"), LocalDate.parse("2026-03-31"), T0);
    assertThat(quote.currency()).isEqualTo(deal.opportunity().currency());
    assertThat(quote.totals().net()).isEqualTo(deal.opportunity().amount());
    assertThat(quote.totals().grandTotal()).isEqualTo(deal.opportunity().amount());
  }

  @Property(tries = 100)
  void oneRateForAllTaxesTheAmountOnce(@ForAll("deals") Deal deal, @ForAll("rates") BigDecimal rate) {
    Quote quote = OpportunityQuotes.draft(new QuoteId("q-1"), deal.opportunity(), deal.products(), QuoteTaxes.flat(rate),
        ZoneId.of("Europe/Berlin"), LocalDate.parse("2026-03-31"), T0);
    Money amount = deal.opportunity().amount();
    assertThat(quote.totals().net()).isEqualTo(amount);
    assertThat(quote.totals().tax()).isEqualTo(amount.times(rate.movePointLeft(2)).rounded());
  }

  @Provide
  Arbitrary<BigDecimal> rates() {
    return Arbitraries.oneOf(Arbitraries.of(new BigDecimal("7"), new BigDecimal("19"), new BigDecimal("20"), new BigDecimal("8.1")),
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(3));
  }
}
