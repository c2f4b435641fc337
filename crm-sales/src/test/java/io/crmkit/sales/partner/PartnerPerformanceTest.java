package io.crmkit.sales.partner;

import static io.crmkit.sales.partner.Records.deal;
import static io.crmkit.sales.partner.Records.lead;
import static io.crmkit.sales.partner.Records.partner;
import static io.crmkit.sales.partner.Records.registration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ValidationException;
import io.crmkit.core.money.ExchangeRate;
import io.crmkit.core.money.InMemoryExchangeRates;
import io.crmkit.core.money.Money;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.opportunity.Opportunity;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartnerPerformanceTest {
  static final Instant JAN = Instant.parse("2026-01-10T10:00:00Z");
  static final Instant FEB = Instant.parse("2026-02-10T10:00:00Z");
  static final Instant MAY = Instant.parse("2026-05-10T10:00:00Z");
  static final Instant LAST_YEAR = Instant.parse("2025-11-10T10:00:00Z");

  final Partner globex = partner("p-1", "Globex");
  final Partner umbrella = partner("p-2", "Umbrella");
  final InMemoryExchangeRates rates = new InMemoryExchangeRates().add(new ExchangeRate(
      Money.currency("USD"), Money.currency("EUR"), new BigDecimal("0.90"), LocalDate.parse("2026-01-01")));
  final PartnerPerformance q1 = PartnerPerformance.builder(Money.currency("EUR"), LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31"))
      .rates(rates).build();

  List<Opportunity> deals() {
    return List.of(
        deal("o-1", Optional.of(globex.account()), Money.of("10000", "EUR"), LAST_YEAR, "won", FEB),   // won in Q1, 92 days
        deal("o-2", Optional.of(globex.account()), Money.of("1000", "USD"), JAN, "won", FEB),          // 900.00 EUR, 31 days
        deal("o-3", Optional.of(globex.account()), Money.of("3000", "EUR"), JAN, "lost", FEB),
        deal("o-4", Optional.of(globex.account()), Money.of("2000", "USD"), JAN, "open", JAN),         // pipeline 1800.00 EUR
        deal("o-5", Optional.of(umbrella.account()), Money.of("500", "EUR"), JAN, "lost", FEB),
        deal("o-6", Optional.of(umbrella.account()), Money.of("700", "EUR"), JAN, "won", MAY),         // won after Q1
        deal("o-7", Optional.empty(), Money.of("99999", "EUR"), JAN, "won", FEB));                     // direct: nobody's
  }

  @Test
  void figuresPerPartnerAndTheLeaderboard() {
    List<DealRegistration> regs = List.of(
        registration("r-1", globex, JAN, Optional.of(JAN), "approve", FEB),
        registration("r-2", globex, JAN, Optional.of(JAN), "reject", FEB),
        registration("r-3", globex, JAN, Optional.of(JAN), "approve", FEB),
        registration("r-4", umbrella, JAN, Optional.of(FEB), "none", FEB),
        registration("r-5", umbrella, JAN, Optional.empty(), "none", FEB));
    List<Lead> leads = List.of(
        lead("l-1", Optional.of(globex.account()), JAN, Optional.of(FEB)),
        lead("l-2", Optional.of(globex.account()), JAN, Optional.empty()),
        lead("l-3", Optional.of(umbrella.account()), LAST_YEAR, Optional.of(JAN)));
    PartnerReport report = q1.measure(List.of(umbrella, globex), regs, leads, deals());

    assertThat(report.standings()).extracting(s -> s.partner().name()).containsExactly("Globex", "Umbrella");
    PartnerMetrics g = report.of(globex.id()).orElseThrow().metrics();
    assertThat(g.registrationsSubmitted()).isEqualTo(3);
    assertThat(g.registrationsApproved()).isEqualTo(2);
    assertThat(g.registrationsRejected()).isEqualTo(1);
    assertThat(g.approvalRate()).contains(new BigDecimal("0.6667"));
    assertThat(g.leadsReceived()).isEqualTo(2);
    assertThat(g.leadsConverted()).isEqualTo(1);
    assertThat(g.leadConversionRate()).contains(new BigDecimal("0.5000"));
    assertThat(g.opportunitiesWon()).isEqualTo(2);
    assertThat(g.opportunitiesLost()).isEqualTo(1);
    assertThat(g.opportunitiesOpen()).isEqualTo(1);
    assertThat(g.winRate()).contains(new BigDecimal("0.6667"));
    assertThat(g.wonRevenue()).isEqualTo(Money.of("10900.00", "EUR"));
    assertThat(g.pipeline()).isEqualTo(Money.of("1800.00", "EUR"));
    assertThat(g.averageDealCycle()).contains(Duration.ofDays(92).plusDays(31).dividedBy(2));

    PartnerMetrics u = report.of(umbrella.id()).orElseThrow().metrics();
    assertThat(u.registrationsSubmitted()).isEqualTo(1);
    assertThat(u.approvalRate()).isEmpty();
    assertThat(u.leadsReceived()).isZero();
    assertThat(u.leadsConverted()).isEqualTo(1);
    assertThat(u.opportunitiesWon()).isZero();
    assertThat(u.opportunitiesLost()).isEqualTo(1);
    assertThat(u.winRate()).contains(new BigDecimal("0.0000"));
    assertThat(u.averageDealCycle()).isEmpty();
    assertThat(u.wonRevenue()).isEqualTo(Money.of("0", "EUR"));

    assertThat(report.totals()).isEqualTo(g.plus(u));
    assertThat(report.totals().wonRevenue()).isEqualTo(Money.of("10900.00", "EUR"));   // the direct deal is nobody's
  }

  @Test
  void measuresFromTheStoreByThePartnerField() {
    TenantStore acme = InMemoryStore.create().forTenant(Records.ACME);
    deals().forEach(acme.repository(Opportunity.TYPE)::insert);
    PartnerReport fromStore = q1.measure(acme, List.of(globex, umbrella));
    PartnerReport fromLists = q1.measure(List.of(globex, umbrella), List.of(), List.of(), deals());
    assertThat(fromStore.standings()).usingRecursiveComparison().ignoringFields("partner").isEqualTo(fromLists.standings());
    assertThat(q1.measure(acme, List.of()).standings()).isEmpty();
  }

  @Test
  void badInputIsRefused() {
    assertThatThrownBy(() -> PartnerPerformance.builder(Money.currency("EUR"), LocalDate.parse("2026-03-31"), LocalDate.parse("2026-01-01")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("before it starts");
    Partner twin = partner("p-1", "Globex twin").withName("Twin");
    Partner other = Partner.enrol(new PartnerId("p-9"), Records.ACME, globex.account(), "Other", PartnerType.REFERRAL, PartnerTier.SILVER, JAN);
    assertThatThrownBy(() -> q1.measure(List.of(twin, other), List.of(), List.of(), List.of()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("share account acc-p-1");
    PartnerPerformance noRates = PartnerPerformance.builder(Money.currency("EUR"), LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31")).build();
    assertThatThrownBy(() -> noRates.measure(List.of(globex), List.of(), List.of(), deals()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("no USD→EUR rate");
  }
}
