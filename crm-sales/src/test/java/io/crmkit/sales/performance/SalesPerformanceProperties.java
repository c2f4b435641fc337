package io.crmkit.sales.performance;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.AccountId;
import io.crmkit.sales.forecast.ForecastHierarchy;
import io.crmkit.sales.forecast.ForecastNode;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.opportunity.OpportunityId;
import io.crmkit.sales.opportunity.OpportunityStages;
import io.crmkit.sales.pipeline.Pipeline;
import io.crmkit.sales.pipeline.PipelineCatalog;
import io.crmkit.sales.pipeline.Pipelines;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SalesPerformanceProperties {
  private static final TenantId T = TenantId.of("acme");
  private static final Pipeline P = Pipelines.standardSales();

  @Property(tries = 100)
  void teamsAddUpTheirRepresentativesAndRatesFollowFromCounts(
      @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 0, max = 100) Integer> teamParents,
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 100) Integer> ownerTeams,
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = Integer.MAX_VALUE) Integer> dealSeeds) {
    ForecastHierarchy.Builder b = ForecastHierarchy.builder("root", "Root");
    List<String> groups = new ArrayList<>(List.of("root"));
    for (int i = 0; i < teamParents.size(); i++) {
      b.group("t" + i, "Team " + i, groups.get(teamParents.get(i) % groups.size()));
      groups.add("t" + i);
    }
    List<Owner> owners = new ArrayList<>();
    for (int i = 0; i < ownerTeams.size(); i++) {
      owners.add(Owner.user("u" + i));
      b.owner(owners.get(i), "U" + i, groups.get(ownerTeams.get(i) % groups.size()));
    }
    ForecastHierarchy h = b.build();
    List<Opportunity> deals = new ArrayList<>();
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < dealSeeds.size(); i++) {
      int s = dealSeeds.get(i);
      Opportunity o = Opportunity.builder(new OpportunityId("o" + i), T).name("D" + i).account(new AccountId("a"))
          .owner(owners.get(s % owners.size())).closeDate(LocalDate.parse("2026-06-30"))
          .amount(Money.of(BigDecimal.valueOf((s / 7) % 100_000, 2), "EUR")).startIn(P, start).build();
      Instant at = start;
      for (int step = 0; step < 3 && !o.status().isClosed(); step++) {
        String target = P.stages().get((s >>> (3 * step + 4)) % P.stages().size()).key();
        at = at.plusSeconds(3_600L * (1 + (s >>> step) % 500));
        if (!target.equals(o.stage())) {
          o = OpportunityStages.decide(o, P, target, Optional.empty(), at).opportunity();
        }
      }
      deals.add(o);
    }
    PerformanceReport r = SalesPerformance.builder(PipelineCatalog.standard(T), Money.currency("EUR"), LocalDate.parse("2026-06-30"))
        .hierarchy(h).build().measure(deals, List.of());

    for (ForecastNode n : h.nodes()) {
      PerformanceMetrics m = r.of(n.id());
      List<ForecastNode> children = h.children(n.id());
      if (!children.isEmpty() || !n.isOwner()) {
        long won = 0;
        long lost = 0;
        long open = 0;
        Money wonAmount = Money.zero(Money.currency("EUR"));
        for (ForecastNode c : children) {
          PerformanceMetrics cm = r.of(c.id());
          won += cm.won();
          lost += cm.lost();
          open += cm.open();
          wonAmount = wonAmount.plus(cm.wonAmount());
        }
        assertThat(List.of(m.won(), m.lost(), m.open())).isEqualTo(List.of(won, lost, open));
        assertThat(m.wonAmount()).isEqualTo(wonAmount);
        for (StageConversion sc : m.stageConversion()) {
          long entered = children.stream().mapToLong(c -> r.of(c.id()).conversion(sc.pipeline(), sc.stage())
              .map(StageConversion::entered).orElse(0L)).sum();
          assertThat(sc.entered()).isEqualTo(entered);
        }
      }
      long closed = m.won() + m.lost();
      assertThat(m.winRate()).isEqualTo(closed == 0
          ? Optional.empty()
          : Optional.of(BigDecimal.valueOf(m.won()).divide(BigDecimal.valueOf(closed), 4, RoundingMode.HALF_EVEN)));
      assertThat(m.averageDealSize().isPresent()).isEqualTo(m.won() > 0);
      m.conversion("standard_sales", "prospecting").ifPresent(c -> assertThat(c.entered()).isEqualTo(m.opportunities()));
    }
    assertThat(r.of("root").opportunities()).isEqualTo(deals.size());
  }
}
