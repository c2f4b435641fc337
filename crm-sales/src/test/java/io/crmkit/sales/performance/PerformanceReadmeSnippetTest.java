package io.crmkit.sales.performance;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.AccountId;
import io.crmkit.sales.forecast.ForecastHierarchy;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.opportunity.OpportunityId;
import io.crmkit.sales.opportunity.OpportunityStages;
import io.crmkit.sales.pipeline.PipelineCatalog;
import io.crmkit.sales.pipeline.Pipelines;
import io.crmkit.sales.readme.Snippets;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** crm-sales/README.md's performance snippet is the body of {@link #salesPerformance()}, word for word. */
class PerformanceReadmeSnippetTest {
  @Test
  void salesPerformance() {
    TenantId tenant = TenantId.of("acme");
    Instant start = Instant.parse("2026-01-05T09:00:00Z");
    Opportunity open = deal(tenant, "o-1", start);
    Opportunity won = OpportunityStages.decide(deal(tenant, "o-2", start), Pipelines.standardSales(), "closed_won",
        Optional.empty(), start.plus(Duration.ofDays(30))).opportunity();
    Opportunity lost = OpportunityStages.decide(deal(tenant, "o-3", start), Pipelines.standardSales(), "closed_lost",
        Optional.empty(), start.plus(Duration.ofDays(10))).opportunity();
    List<Opportunity> opportunities = List.of(open, won, lost);
    // readme:begin
    ForecastHierarchy teams = ForecastHierarchy.builder("company", "Acme Sales")
        .group("emea", "EMEA", "company").owner(Owner.user("ada"), "Ada", "emea").build();
    PerformanceReport report = SalesPerformance.builder(PipelineCatalog.standard(tenant), Money.currency("EUR"), LocalDate.parse("2026-03-31"))
        .hierarchy(teams).build()
        .measure(opportunities, List.of());          // and the reps' crm-core activities
    PerformanceMetrics ada = report.of("user:ada");
    // win rate 0.5000, average deal 3000.00 EUR, sales cycle 30 days,
    // velocity = 1 open × 0.5 × 3000.00 / 30 days = 50.00 EUR a day
    System.out.println(ada.winRate() + " " + ada.averageDealSize() + " " + ada.averageSalesCycle() + " " + ada.velocityPerDay());
    // readme:end

    assertThat(ada.winRate()).contains(new BigDecimal("0.5000"));
    assertThat(ada.averageDealSize()).contains(Money.of("3000", "EUR"));
    assertThat(ada.averageSalesCycle()).contains(Duration.ofDays(30));
    assertThat(ada.velocityPerDay()).contains(Money.of("50", "EUR"));
    assertThat(report.of("emea").conversion("standard_sales", "prospecting").orElseThrow().won()).isEqualTo(1);
  }

  private static Opportunity deal(TenantId tenant, String id, Instant start) {
    return Opportunity.builder(new OpportunityId(id), tenant).name("Deal " + id)
        .account(new AccountId("a-1")).owner(Owner.user("ada")).closeDate(LocalDate.parse("2026-06-30"))
        .amount(Money.of("3000", "EUR")).startIn(Pipelines.standardSales(), start).build();
  }

  @Test
  void readmeShowsThisTestsCode() throws IOException {
    Snippets.assertReadmeShows("src/test/java/io/crmkit/sales/performance/PerformanceReadmeSnippetTest.java");
  }
}
