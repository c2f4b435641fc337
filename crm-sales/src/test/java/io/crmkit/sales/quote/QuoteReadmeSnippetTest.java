package io.crmkit.sales.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.TenantId;
import io.crmkit.core.money.Money;
import io.crmkit.sales.followup.ActivityReadmeSnippets;
import io.crmkit.sales.opportunity.OpportunityId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteReadmeSnippetTest {
  @Test
  void quotes() {
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    IdGenerator ids = IdGenerator.uuidV7(clock);
    TenantId tenant = TenantId.of("acme");
    OpportunityId opportunityId = new OpportunityId("o-1");
    // snippet-start
    Quote quote = Quote.draft(ids.next(QuoteId::new), tenant, opportunityId, Money.currency("EUR"),
        ZoneId.of("Europe/Berlin"),
        List.of(QuoteLine.of("CRM-PRO", "CRM Pro seat", "12", Money.of("49.00", "EUR"), "19")
                .withDiscount(new BigDecimal("10"))),
        LocalDate.parse("2026-03-31"), clock.instant());
    QuoteTotals totals = quote.totals();                         // net 529.20, tax 100.55, total 629.75 EUR
    String html = QuoteDocuments.html(quote, new QuoteParties("Acme GmbH", "Ada Lovelace"), QuoteTemplate.defaultTemplate());
    byte[] pdf = QuoteDocuments.pdf(html);
    QuoteOutcome<QuoteAccepted> won = quote.present(clock).accept(clock);   // publish won.event()
    // snippet-end

    assertThat(totals.net()).isEqualTo(Money.of("529.20", "EUR"));
    assertThat(totals.tax()).isEqualTo(Money.of("100.55", "EUR"));
    assertThat(totals.grandTotal()).isEqualTo(Money.of("629.75", "EUR"));
    assertThat(html).contains("629.75 EUR").contains("Ada Lovelace");
    assertThat(pdf).isNotEmpty();
    assertThat(won.event().grandTotal()).isEqualTo(totals.grandTotal());
    assertThat(ActivityReadmeSnippets.block("src/test/java/io/crmkit/sales/quote/QuoteReadmeSnippetTest.java#quotes"))
        .isEqualTo(ActivityReadmeSnippets.body("src/test/java/io/crmkit/sales/quote/QuoteReadmeSnippetTest.java"));
  }
}
