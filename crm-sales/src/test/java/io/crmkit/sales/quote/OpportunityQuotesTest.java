package io.crmkit.sales.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.AccountId;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.opportunity.OpportunityId;
import io.crmkit.sales.pipeline.Pipelines;
import io.crmkit.sales.product.LineItem;
import io.crmkit.sales.product.PriceBook;
import io.crmkit.sales.product.PriceBookEntry;
import io.crmkit.sales.product.PriceBookId;
import io.crmkit.sales.product.Product;
import io.crmkit.sales.product.ProductId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OpportunityQuotesTest {
  static final TenantId ACME = TenantId.of("acme");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
  static final Product SEAT = Product.of(new ProductId("seat"), ACME, "CRM-PRO", "CRM Pro seat");
  static final Product BOOK = Product.of(new ProductId("book"), ACME, "BOOK-1", "Handbuch für Vertriebsleiter");
  static final Product SMS = Product.of(new ProductId("sms"), ACME, "SMS", "SMS credit");
  static final PriceBook PRICES = PriceBook.standard(new PriceBookId("standard"), ACME, "Standard")
      .withEntry(PriceBookEntry.of(SEAT.id(), Money.of("49.00", "EUR")))
      .withEntry(PriceBookEntry.of(BOOK.id(), Money.of("19.90", "EUR")))
      .withEntry(PriceBookEntry.of(SMS.id(), Money.of("0.35", "EUR")));

  static Opportunity deal() {
    return Opportunity.builder(new OpportunityId("o-1"), ACME).name("Acme seats").account(new AccountId("acme-gmbh"))
        .owner(Owner.user("u-1")).closeDate(LocalDate.parse("2026-06-30"))
        .lineItem(LineItem.of(PRICES, SEAT.id(), Money.currency("EUR"), new BigDecimal("12"))
            .withSalesPrice(Money.of("45.00", "EUR")).withDiscountPercent(new BigDecimal("10")))
        .lineItem(LineItem.of(PRICES, BOOK.id(), Money.currency("EUR"), new BigDecimal("3")))
        .lineItem(LineItem.of(PRICES, SMS.id(), Money.currency("EUR"), new BigDecimal("7")).withSalesPrice(Money.of("0.335", "EUR")))
        .startIn(Pipelines.standardSales(), CLOCK.instant())
        .build();
  }

  @Test
  @DisplayName("each line item becomes a snapshot line: product code and name, quantity, sales price, discount, tax")
  void lines() {
    List<QuoteLine> lines = OpportunityQuotes.lines(deal(), List.of(SMS, BOOK, SEAT),
        QuoteTaxes.perProduct(Map.of(BOOK.id(), new BigDecimal("7"))).orElse(new BigDecimal("19")));
    assertThat(lines).containsExactly(
        new QuoteLine("CRM-PRO", "CRM Pro seat", new BigDecimal("12"), Money.of("45.00", "EUR"), BigDecimal.TEN, new BigDecimal("19")),
        new QuoteLine("BOOK-1", "Handbuch für Vertriebsleiter", new BigDecimal("3"), Money.of("19.90", "EUR"), BigDecimal.ZERO,
            new BigDecimal("7")),
        new QuoteLine("SMS", "SMS credit", new BigDecimal("7"), Money.of("0.335", "EUR"), BigDecimal.ZERO, new BigDecimal("19")));
  }

  @Test
  @DisplayName("without tax the quote's net and grand total equal the opportunity's amount, in its currency")
  void netEqualsAmount() {
    Opportunity deal = deal();
    Quote quote = OpportunityQuotes.draft(new QuoteId("q-1"), deal, List.of(SEAT, BOOK, SMS), QuoteTaxes.none(), BERLIN,
        LocalDate.parse("2026-03-31"), CLOCK.instant());
    // 12 × 45.00 × 0.9 = 486.00, 3 × 19.90 = 59.70, 7 × 0.335 = 2.345 → 2.34 (half-even)
    assertThat(deal.amount()).isEqualTo(Money.of("548.04", "EUR"));
    assertThat(quote.currency()).isEqualTo(deal.currency());
    assertThat(quote.opportunityId()).isEqualTo(deal.id());
    assertThat(quote.tenantId()).isEqualTo(deal.tenantId());
    assertThat(quote.totals().net()).isEqualTo(deal.amount());
    assertThat(quote.totals().grandTotal()).isEqualTo(deal.amount());
    assertThat(quote.totals().lineNets()).containsExactlyElementsOf(deal.lineItems().stream().map(LineItem::total).toList());
  }

  @Test
  @DisplayName("a flat rate taxes the whole net once")
  void flatTax() {
    Quote quote = OpportunityQuotes.draft(new QuoteId("q-1"), deal(), List.of(SEAT, BOOK, SMS), QuoteTaxes.flat(new BigDecimal("19")),
        BERLIN, LocalDate.parse("2026-03-31"), CLOCK.instant());
    assertThat(quote.totals().tax()).isEqualTo(Money.of("104.13", "EUR"));     // 548.04 × 0.19 = 104.1276
    assertThat(quote.totals().grandTotal()).isEqualTo(Money.of("652.17", "EUR"));
  }

  @Test
  @DisplayName("a changed deal revises the presented quote; the first revision stays as it was")
  void revise() {
    Quote presented = OpportunityQuotes.draft(new QuoteId("q-1"), deal(), List.of(SEAT, BOOK, SMS), QuoteTaxes.none(), BERLIN,
        LocalDate.parse("2026-03-31"), CLOCK.instant()).present(CLOCK);
    Opportunity fewer = deal().withLineItems(List.of(deal().lineItems().get(0)));
    Quote revised = OpportunityQuotes.revise(presented, fewer, List.of(SEAT), QuoteTaxes.none(), LocalDate.parse("2026-04-15"), CLOCK);
    assertThat(revised.revisions()).hasSize(2);
    assertThat(revised.totals().net()).isEqualTo(fewer.amount());
    assertThat(revised.totals(1).orElseThrow().net()).isEqualTo(Money.of("548.04", "EUR"));

    Opportunity other = Opportunity.builder(new OpportunityId("o-2"), ACME).name("Other").account(new AccountId("a"))
        .owner(Owner.user("u-1")).closeDate(LocalDate.parse("2026-06-30")).amount(Money.zero(Money.currency("EUR")))
        .startIn(Pipelines.standardSales(), CLOCK.instant()).build();
    assertThatThrownBy(() -> OpportunityQuotes.revise(presented, other, List.of(), QuoteTaxes.none(), LocalDate.parse("2026-04-15"), CLOCK))
        .isInstanceOf(ValidationException.class).hasMessageContaining("is for opportunity o-1");
    Quote draft = OpportunityQuotes.draft(new QuoteId("q-2"), fewer, List.of(SEAT), QuoteTaxes.none(), BERLIN,
        LocalDate.parse("2026-03-31"), CLOCK.instant());
    assertThatThrownBy(() -> OpportunityQuotes.revise(draft, fewer, List.of(SEAT), QuoteTaxes.none(), LocalDate.parse("2026-04-15"), CLOCK))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  @DisplayName("a product name as long as a product allows fits a quote line")
  void longProductName() {
    Product longName = Product.of(new ProductId("long"), ACME, "LONG", "x".repeat(255));
    PriceBook book = PriceBook.standard(new PriceBookId("p"), ACME, "P").withEntry(PriceBookEntry.of(longName.id(), Money.of("1", "EUR")));
    Opportunity deal = deal().withLineItems(List.of(LineItem.of(book, longName.id(), Money.currency("EUR"), BigDecimal.ONE)));
    assertThat(OpportunityQuotes.lines(deal, List.of(longName), QuoteTaxes.none())).singleElement()
        .extracting(QuoteLine::productName).isEqualTo("x".repeat(255));
  }

  @Test
  @DisplayName("missing products, products of another tenant, missing tax rates and unquotable amounts are refused")
  void refusals() {
    assertThatThrownBy(() -> OpportunityQuotes.lines(deal(), List.of(SEAT, BOOK), QuoteTaxes.none()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("opportunity.lineItems[2].product").hasMessageContaining("sms is not among the products given");
    Product foreign = Product.of(SMS.id(), TenantId.of("globex"), "SMS", "SMS credit");
    assertThatThrownBy(() -> OpportunityQuotes.lines(deal(), List.of(SEAT, BOOK, foreign), QuoteTaxes.none()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("belongs to tenant globex");
    assertThatThrownBy(() -> OpportunityQuotes.lines(deal(), List.of(SEAT, BOOK, SMS), QuoteTaxes.perProduct(Map.of(SEAT.id(), BigDecimal.TEN))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("no tax rate for product book");
    Opportunity direct = Opportunity.builder(new OpportunityId("o-3"), ACME).name("Direct").account(new AccountId("a"))
        .owner(Owner.user("u-1")).closeDate(LocalDate.parse("2026-06-30")).amount(Money.of("5000", "EUR"))
        .startIn(Pipelines.standardSales(), CLOCK.instant()).build();
    assertThatThrownBy(() -> OpportunityQuotes.lines(direct, List.of(), QuoteTaxes.none()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("no line items to quote");
    assertThatThrownBy(() -> QuoteTaxes.flat(new BigDecimal("101")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("fallback");
  }
}
