package io.crmkit.testkit.sales;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.lead.LeadLifecycle;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.pipeline.Pipelines;
import io.crmkit.sales.quote.Quote;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/** {@code @ForAll} works for the crm-sales types through the registered {@link SalesArbitraryProvider}. */
class SalesForAllProperties {

  @Property(tries = 200)
  void leadsComeFromTheRegisteredProvider(@ForAll Lead lead) {
    assertThat(lead.toBuilder().build()).isEqualTo(lead);                 // a valid lead: it rebuilds to itself
    assertThat(lead.status()).isEqualTo(LeadLifecycle.NEW);
    assertThat(lead.isConverted()).isFalse();
    Statistics.label("company").collect(lead.company().isPresent());
  }

  @Property(tries = 100)
  void opportunitiesAndQuotesComeFromTheRegisteredProvider(@ForAll Opportunity deal, @ForAll Quote quote) {
    assertThat(deal.toBuilder().build()).isEqualTo(deal);
    assertThat(Pipelines.standardSales().stage(deal.stage())).isPresent();
    assertThat(quote.totals().currency()).isEqualTo(quote.currency());
  }
}
