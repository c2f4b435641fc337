package io.crmkit.sales.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.event.DomainEvent;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.sales.pipeline.ForecastCategory;
import io.crmkit.sales.pipeline.Pipeline;
import io.crmkit.sales.pipeline.PipelineCatalog;
import io.crmkit.sales.pipeline.Pipelines;
import io.crmkit.sales.pipeline.RequiredField;
import io.crmkit.sales.pipeline.Stage;
import io.crmkit.sales.product.LineItem;
import io.crmkit.sales.product.PriceBook;
import io.crmkit.sales.product.PriceBookEntry;
import io.crmkit.sales.product.PriceBookId;
import io.crmkit.sales.product.ProductId;
import io.crmkit.sales.readme.Snippets;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** crm-sales/README.md's pipelines snippet is the body of {@link #pipelinesAndOpportunities()}, word for word. */
class OpportunityReadmeSnippetTest {
  @Test
  void pipelinesAndOpportunities() {
    Clock clock = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
    TenantId tenant = TenantId.of("acme");
    TenantStore acme = InMemoryStore.create().forTenant(tenant);
    List<DomainEvent> events = new ArrayList<>();
    // readme:begin
    Pipeline renewals = Pipeline.of("renewals", "renewal", List.of(
        Stage.open("review", "Review", 1, 40, ForecastCategory.PIPELINE),
        Stage.open("quote", "Quote", 2, 80, ForecastCategory.COMMIT).requiring(RequiredField.PRIMARY_CONTACT),
        Stage.won("renewed", "Renewed", 3),
        Stage.lost("churned", "Churned", 4)));
    OpportunityStages stages = OpportunityStages.of(
        acme, PipelineCatalog.of(tenant, List.of(Pipelines.standardSales(), renewals)), clock, events::add);

    ProductId seat = new ProductId("seat");
    PriceBook prices = PriceBook.standard(new PriceBookId("standard"), tenant, "Standard")
        .withEntry(PriceBookEntry.of(seat, Money.of("49.00", "EUR")));
    Opportunity deal = stages.open(Opportunity.builder(new OpportunityId("o-1"), tenant)
        .name("Acme renewal 2026").account(new AccountId("acme-gmbh")).owner(Owner.user("u-1"))
        .closeDate(LocalDate.parse("2026-06-30"))
        .lineItem(LineItem.of(prices, seat, Money.currency("EUR"), new BigDecimal("20")).withDiscountPercent(BigDecimal.TEN))
        .startIn(renewals, clock.instant())
        .build());                                   // amount 882.00 EUR, from the line item

    try {
      stages.move(deal.id(), deal.version(), "quote");
    } catch (IllegalTransitionException refused) {
      System.out.println(refused.reason());          // stage 'quote' requires primary_contact
    }
    Opportunity ready = acme.repository(Opportunity.TYPE).update(
        deal.withContactRole(ContactRole.primary(new ContactId("ada"), ContactRole.Role.DECISION_MAKER)));
    StageMove quoted = stages.move(ready.id(), ready.version(), "quote");       // 80 %, commit
    StageMove won = stages.close(ready.id(), quoted.opportunity().version(), "renewed", "Multi-year discount");
    System.out.println(won.events());               // StageChanged, then OpportunityWon
    // readme:end

    assertThat(deal.amount()).isEqualTo(Money.of("882.00", "EUR"));
    assertThat(quoted.opportunity().forecastCategory()).isEqualTo(ForecastCategory.COMMIT);
    assertThat(won.opportunity().status()).isEqualTo(OpportunityStatus.WON);
    assertThat(won.events()).hasSize(2).last().isInstanceOf(OpportunityWon.class);
    assertThat(events).hasSize(3);
  }

  @Test
  void readmeShowsThisTestsCode() throws IOException {
    Snippets.assertReadmeShows("src/test/java/io/crmkit/sales/opportunity/OpportunityReadmeSnippetTest.java");
  }
}
