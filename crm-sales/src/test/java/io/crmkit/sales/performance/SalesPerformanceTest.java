package io.crmkit.sales.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.activity.Direction;
import io.crmkit.core.money.ExchangeRate;
import io.crmkit.core.money.InMemoryExchangeRates;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.AccountId;
import io.crmkit.sales.forecast.ForecastHierarchy;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.opportunity.OpportunityId;
import io.crmkit.sales.opportunity.OpportunityStages;
import io.crmkit.sales.pipeline.PipelineCatalog;
import io.crmkit.sales.pipeline.Pipelines;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SalesPerformanceTest {
  private static final TenantId T = TenantId.of("acme");
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final List<io.crmkit.core.RecordRef> LINKS = List.of(io.crmkit.core.RecordRef.of("opportunity", new OpportunityId("a")));
  private static final Owner U1 = Owner.user("u-1");
  private static final Owner U2 = Owner.user("u-2");
  private static final ForecastHierarchy TEAMS = ForecastHierarchy.builder("company", "Acme")
      .group("emea", "EMEA", "company").owner(U1, "Ada", "emea").owner(U2, "Bob", "emea").build();

  private static Opportunity deal(String id, Owner owner, String amount, String currency, Object... moves) {
    Opportunity o = Opportunity.builder(new OpportunityId(id), T).name("Deal " + id).account(new AccountId("acc"))
        .owner(owner).closeDate(LocalDate.parse("2026-03-31")).amount(Money.of(amount, currency))
        .startIn(Pipelines.standardSales(), T0).build();
    for (int i = 0; i < moves.length; i += 2) {
      o = OpportunityStages.decide(o, Pipelines.standardSales(), (String) moves[i], Optional.empty(),
          T0.plus(Duration.ofDays((Integer) moves[i + 1]))).opportunity();
    }
    return o;
  }

  private final List<Opportunity> deals = List.of(
      deal("a", U1, "1000", "EUR", "qualification", 1, "closed_won", 10),
      deal("b", U1, "500", "EUR", "closed_lost", 2),
      deal("c", U2, "2000", "USD", "needs_analysis", 1, "closed_won", 20),
      deal("d", U2, "400", "EUR", "qualification", 3));
  private final InMemoryExchangeRates rates = new InMemoryExchangeRates()
      .add(new ExchangeRate(Money.currency("USD"), Money.currency("EUR"), new BigDecimal("0.5"), LocalDate.parse("2026-01-01")));
  private final SalesPerformance performance = SalesPerformance.builder(PipelineCatalog.standard(T), Money.currency("EUR"), LocalDate.parse("2026-03-31"))
      .rates(rates).hierarchy(TEAMS).build();

  private static Money eur(String s) {
    return Money.of(s, "EUR");
  }

  @Test
  @DisplayName("win rate, average deal, sales cycle and velocity per representative")
  void representatives() {
    PerformanceReport r = performance.measure(deals, List.of());
    PerformanceMetrics ada = r.of("user:u-1");
    assertThat(ada.winRate()).contains(new BigDecimal("0.5000"));
    assertThat(ada.averageDealSize()).contains(eur("1000"));
    assertThat(ada.averageSalesCycle()).contains(Duration.ofDays(10));
    assertThat(ada.velocityPerDay()).contains(eur("0"));
    PerformanceMetrics bob = r.of("user:u-2");
    assertThat(bob.winRate()).contains(new BigDecimal("1.0000"));
    assertThat(bob.averageDealSize()).contains(eur("1000")); // 2000 USD at 0.5
    assertThat(bob.openAmount()).isEqualTo(eur("400"));
    assertThat(bob.velocityPerDay()).contains(eur("50")); // 1 open × 1 × 1000 / 20 days
  }

  @Test
  @DisplayName("a team is measured over all its representatives' deals, not by averaging their figures")
  void teams() {
    PerformanceMetrics emea = performance.measure(deals, List.of()).of("emea");
    assertThat(emea.opportunities()).isEqualTo(4);
    assertThat(emea.winRate()).contains(new BigDecimal("0.6667"));
    assertThat(emea.averageSalesCycle()).contains(Duration.ofDays(15));
    assertThat(emea.wonAmount()).isEqualTo(eur("2000"));
    assertThat(emea.velocityPerDay()).contains(eur("44.45")); // 1 × 0.6667 × 1000 / 15
    assertThat(performance.measure(deals, List.of()).of("company")).usingRecursiveComparison().ignoringFields("node").isEqualTo(emea);
  }

  @Test
  @DisplayName("stage conversion from the stage histories")
  void stageConversion() {
    PerformanceMetrics emea = performance.measure(deals, List.of()).of("emea");
    assertThat(emea.conversion("standard_sales", "prospecting")).contains(new StageConversion("standard_sales", "prospecting", 4, 3, 2));
    assertThat(emea.conversion("standard_sales", "qualification")).contains(new StageConversion("standard_sales", "qualification", 2, 1, 1));
    assertThat(emea.conversion("standard_sales", "prospecting").orElseThrow().advanceRate()).contains(new BigDecimal("0.7500"));
    assertThat(emea.conversion("standard_sales", "closed_won").orElseThrow().advanced()).isZero();
    assertThat(emea.conversion("standard_sales", "negotiation_review")).isEmpty();
  }

  @Test
  @DisplayName("counts completed activities per representative and team; open ones and outsiders are not counted")
  void activities() {
    Activity email = Activity.email(new ActivityId("e1"), T, "Proposal", U1, LINKS, Direction.OUTBOUND, T0, T0);
    Activity call = Activity.call(new ActivityId("c1"), T, "Call", U2, LINKS, Direction.OUTBOUND, T0, Optional.empty(), T0)
        .complete(T0.plusSeconds(600));
    Activity openTask = Activity.task(new ActivityId("t1"), T, "Follow up", U2, LINKS, Optional.empty(), T0);
    Activity outsider = Activity.email(new ActivityId("e2"), T, "Hi", Owner.user("zed"), LINKS, Direction.INBOUND, T0, T0);
    PerformanceReport r = performance.measure(deals, List.of(email, call, openTask, outsider));
    assertThat(r.of("user:u-1").activities()).containsEntry(ActivityType.EMAIL, 1L).containsEntry(ActivityType.CALL, 0L);
    assertThat(r.of("user:u-2").activities()).containsEntry(ActivityType.CALL, 1L).containsEntry(ActivityType.TASK, 0L);
    assertThat(r.of("emea").activityCount()).isEqualTo(2);
  }

  @Test
  @DisplayName("empty denominators give empty figures; unknown owners are an error")
  void edges() {
    PerformanceMetrics none = performance.measure(List.of(), List.of()).of("emea");
    assertThat(none.winRate()).isEmpty();
    assertThat(none.averageDealSize()).isEmpty();
    assertThat(none.velocityPerDay()).isEmpty();
    Opportunity stranger = deal("z", Owner.user("zed"), "1", "EUR");
    assertThatThrownBy(() -> performance.measure(List.of(stranger), List.of())).hasMessageContaining("user:zed");
    assertThat(SalesPerformance.builder(PipelineCatalog.standard(T), Money.currency("EUR"), LocalDate.parse("2026-03-31")).build()
        .measure(List.of(stranger), List.of()).of("all").opportunities()).isEqualTo(1);
  }
}
