package io.crmkit.sales.forecast;

import static io.crmkit.sales.pipeline.ForecastCategory.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Owner;
import io.crmkit.core.ValidationException;
import io.crmkit.core.money.ExchangeRate;
import io.crmkit.core.money.InMemoryExchangeRates;
import io.crmkit.core.money.Money;
import io.crmkit.sales.opportunity.OpportunityId;
import io.crmkit.sales.pipeline.ForecastCategory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ForecastRollupTest {
  static final LocalDate RATE_DATE = LocalDate.parse("2026-01-31");
  static final Owner U1 = Owner.user("u-1");
  static final Owner U2 = Owner.user("u-2");
  static final Owner U3 = Owner.user("u-3");
  static final ForecastHierarchy H = ForecastHierarchy.builder("company", "Acme")
      .group("emea", "EMEA", "company").group("amer", "Americas", "company")
      .owner(U1, "Ada", "emea").owner(U2, "Bob", "emea").owner(U3, "Cy", "amer").build();
  static final InMemoryExchangeRates RATES = new InMemoryExchangeRates()
      .add(new ExchangeRate(Money.currency("USD"), Money.currency("EUR"), new BigDecimal("0.9"), LocalDate.parse("2026-01-01")))
      .add(new ExchangeRate(Money.currency("JPY"), Money.currency("EUR"), new BigDecimal("0.0061"), LocalDate.parse("2026-01-01")))
      .add(new ExchangeRate(Money.currency("USD"), Money.currency("EUR"), new BigDecimal("2"), LocalDate.parse("2026-02-01")));

  private static ForecastEntry e(String id, Owner o, String date, String amount, String cur, int p, ForecastCategory c) {
    return new ForecastEntry(new OpportunityId(id), o, LocalDate.parse(date), Money.of(amount, cur), p, c);
  }

  private final List<ForecastEntry> entries = List.of(
      e("o1", U1, "2026-02-10", "1000", "EUR", 90, COMMIT),
      e("o2", U1, "2026-03-01", "1000", "USD", 50, BEST_CASE),
      e("o3", U2, "2026-01-05", "500", "EUR", 100, CLOSED),
      e("o4", U3, "2026-03-31", "100000", "JPY", 10, PIPELINE),
      e("o5", U3, "2026-04-02", "300", "EUR", 0, OMITTED));
  private final ForecastRollup rollup = ForecastRollup.builder(FiscalCalendar.calendarQuarters(), Money.currency("EUR"), RATE_DATE)
      .rates(RATES).hierarchy(H).build();

  private static Money eur(String s) {
    return Money.of(s, "EUR");
  }

  @Test
  @DisplayName("rolls deals up by period, owner and team, each converted at the rate of the rate date")
  void rollUp() {
    Forecast f = rollup.compute(entries);
    assertThat(f.periods()).extracting(ForecastPeriod::key).containsExactly("FY2026-Q1", "FY2026-Q2");
    ForecastFigures ada = f.figures("FY2026-Q1", "user:u-1");
    assertThat(ada.amount(COMMIT)).isEqualTo(eur("1000"));
    assertThat(ada.amount(BEST_CASE)).isEqualTo(eur("900")); // 1000 USD × 0.9, not the February rate
    assertThat(ada.weighted(BEST_CASE)).isEqualTo(eur("450"));
    ForecastFigures emea = f.figures("FY2026-Q1", "emea");
    assertThat(emea.cumulative(BEST_CASE)).isEqualTo(eur("2400"));
    assertThat(emea.cumulative(COMMIT)).isEqualTo(eur("1500"));
    assertThat(emea.cumulative(CLOSED)).isEqualTo(eur("500"));
    assertThat(emea.cumulative(PIPELINE)).isEqualTo(eur("1900"));
    assertThat(emea.weightedCumulative(COMMIT)).isEqualTo(eur("1400"));
    ForecastFigures company = f.figures("FY2026-Q1", "company");
    assertThat(company.amount(PIPELINE)).isEqualTo(eur("610"));
    assertThat(company.weighted(PIPELINE)).isEqualTo(eur("61"));
    assertThat(company.cumulativeCount(PIPELINE)).isEqualTo(3);
    ForecastFigures q2 = f.figures("FY2026-Q2", "company");
    assertThat(q2.amount(OMITTED)).isEqualTo(eur("300"));
    assertThat(q2.cumulative(BEST_CASE)).isEqualTo(eur("0"));
    assertThat(f.total("company").count(COMMIT)).isEqualTo(1);
    assertThat(f.rows()).hasSize(12).first().satisfies(r -> assertThat(r.depth()).isZero());
  }

  @Test
  @DisplayName("adjustments sit beside the computed figures and roll up; computed figures never change")
  void adjustments() {
    Forecast f = rollup.compute(entries);
    Instant at = Instant.parse("2026-02-01T09:00:00Z");
    Forecast adjusted = f
        .withAdjustment(new ForecastAdjustment("emea", "FY2026-Q1", COMMIT, eur("1700"), "u-9", at, Optional.empty()))
        .withAdjustment(new ForecastAdjustment("emea", "FY2026-Q1", COMMIT, eur("1800"), "u-9", at.plusSeconds(60), Optional.of("Globex")));
    assertThat(adjusted.figures("FY2026-Q1", "emea").cumulative(COMMIT)).isEqualTo(eur("1500"));
    assertThat(adjusted.adjusted("FY2026-Q1", "emea", COMMIT)).isEqualTo(eur("1800"));
    assertThat(adjusted.adjusted("FY2026-Q1", "company", COMMIT)).isEqualTo(eur("1800"));
    assertThat(adjusted.adjusted("FY2026-Q1", "company", BEST_CASE)).isEqualTo(eur("2400"));
    assertThat(adjusted.adjustments()).hasSize(2);
    assertThat(f.adjusted("FY2026-Q1", "company", COMMIT)).isEqualTo(eur("1500"));
    assertThatThrownBy(() -> f.withAdjustment(new ForecastAdjustment("emea", "FY2026-Q1", COMMIT, Money.of("1", "USD"), "u", at, Optional.empty())))
        .hasMessageContaining("forecast's currency");
    assertThatThrownBy(() -> new ForecastAdjustment("emea", "FY2026-Q1", OMITTED, eur("1"), "u", at, Optional.empty()))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  @DisplayName("quota attainment: closed against the target, the gap, and the commit forecast")
  void quotas() {
    Forecast f = rollup.compute(entries);
    QuotaAttainment bob = f.attainment(new Quota("user:u-2", "FY2026-Q1", eur("400")));
    assertThat(bob.percent()).contains(new BigDecimal("125.00"));
    assertThat(bob.met()).isTrue();
    assertThat(bob.gap()).isEqualTo(eur("0"));
    QuotaAttainment emea = f.attainment(new Quota("emea", "FY2026-Q1", eur("2000")));
    assertThat(emea.closed()).isEqualTo(eur("500"));
    assertThat(emea.percent()).contains(new BigDecimal("25.00"));
    assertThat(emea.gap()).isEqualTo(eur("1500"));
    assertThat(emea.commitPercent()).contains(new BigDecimal("75.00"));
    assertThat(f.attainment(new Quota("amer", "FY2026-Q1", eur("0"))).percent()).isEmpty();
    assertThatThrownBy(() -> f.attainment(new Quota("emea", "FY2026-Q1", Money.of("1", "USD")))).hasMessageContaining("currency");
  }

  @Test
  @DisplayName("a missing rate or an owner outside the hierarchy is an error naming the deal")
  void errors() {
    List<ForecastEntry> gbp = List.of(e("o9", U1, "2026-02-10", "1", "GBP", 10, PIPELINE));
    assertThatThrownBy(() -> rollup.compute(gbp)).hasMessageContaining("no GBP→EUR rate").hasMessageContaining("o9");
    List<ForecastEntry> stranger = List.of(e("o8", Owner.user("zed"), "2026-02-10", "1", "EUR", 10, PIPELINE));
    assertThatThrownBy(() -> rollup.compute(stranger)).hasMessageContaining("user:zed").hasMessageContaining("o8");
  }

  @Test
  @DisplayName("without a hierarchy every owner sits under 'all'; a range leaves other deals out")
  void flatAndRange() {
    Forecast f = ForecastRollup.builder(FiscalCalendar.calendarMonths(), Money.currency("EUR"), RATE_DATE).rates(RATES)
        .between(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-02-28")).build().compute(entries);
    assertThat(f.periods()).extracting(ForecastPeriod::key).containsExactly("FY2026-M01", "FY2026-M02");
    assertThat(f.hierarchy().root().id()).isEqualTo("all");
    assertThat(f.total("all").cumulative(BEST_CASE)).isEqualTo(eur("1500"));
  }
}
