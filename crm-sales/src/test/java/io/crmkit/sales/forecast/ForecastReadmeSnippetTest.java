package io.crmkit.sales.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Owner;
import io.crmkit.core.money.ExchangeRate;
import io.crmkit.core.money.InMemoryExchangeRates;
import io.crmkit.core.money.Money;
import io.crmkit.sales.opportunity.OpportunityId;
import io.crmkit.sales.pipeline.ForecastCategory;
import io.crmkit.sales.readme.Snippets;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** crm-sales/README.md's forecasting snippet is the body of {@link #forecastAndQuota()}, word for word. */
class ForecastReadmeSnippetTest {
  @Test
  void forecastAndQuota() {
    // readme:begin
    ForecastHierarchy teams = ForecastHierarchy.builder("company", "Acme Sales")
        .group("emea", "EMEA", "company")
        .owner(Owner.user("ada"), "Ada", "emea")
        .owner(Owner.user("bob"), "Bob", "emea")
        .build();
    InMemoryExchangeRates rates = new InMemoryExchangeRates().add(new ExchangeRate(
        Money.currency("USD"), Money.currency("EUR"), new BigDecimal("0.92"), LocalDate.parse("2026-01-01")));
    ForecastRollup rollup = ForecastRollup.builder(
            FiscalCalendar.fiscal(Month.APRIL, FiscalCalendar.Granularity.QUARTER), Money.currency("EUR"), LocalDate.parse("2026-04-30"))
        .rates(rates).hierarchy(teams).build();

    Forecast forecast = rollup.compute(List.of(
        new ForecastEntry(new OpportunityId("o-1"), Owner.user("ada"), LocalDate.parse("2026-05-20"),
            Money.of("10000", "USD"), 80, ForecastCategory.COMMIT),       // 9200.00 EUR, weighted 7360.00
        new ForecastEntry(new OpportunityId("o-2"), Owner.user("bob"), LocalDate.parse("2026-06-10"),
            Money.of("5000", "EUR"), 100, ForecastCategory.CLOSED)));
    ForecastFigures emea = forecast.figures("FY2027-Q1", "emea");
    Money commit = emea.cumulative(ForecastCategory.COMMIT);              // commit + closed = 14200.00 EUR

    Forecast judged = forecast.withAdjustment(new ForecastAdjustment("emea", "FY2027-Q1", ForecastCategory.COMMIT,
        Money.of("12000", "EUR"), "manager-1", Instant.parse("2026-05-01T08:00:00Z"), Optional.of("o-1 may slip")));
    Money adjusted = judged.adjusted("FY2027-Q1", "company", ForecastCategory.COMMIT);  // 12000.00 EUR, rolled up
    QuotaAttainment bob = judged.attainment(new Quota("user:bob", "FY2027-Q1", Money.of("4000", "EUR")));  // 125.00 %
    // readme:end

    assertThat(emea.weighted(ForecastCategory.COMMIT)).isEqualTo(Money.of("7360", "EUR"));
    assertThat(commit).isEqualTo(Money.of("14200", "EUR"));
    assertThat(judged.figures("FY2027-Q1", "emea").cumulative(ForecastCategory.COMMIT)).isEqualTo(commit);
    assertThat(adjusted).isEqualTo(Money.of("12000", "EUR"));
    assertThat(bob.percent()).contains(new BigDecimal("125.00"));
  }

  @Test
  void readmeShowsThisTestsCode() throws IOException {
    Snippets.assertReadmeShows("src/test/java/io/crmkit/sales/forecast/ForecastReadmeSnippetTest.java");
  }
}
