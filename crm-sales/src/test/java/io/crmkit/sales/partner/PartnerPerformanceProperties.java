package io.crmkit.sales.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.money.ExchangeRate;
import io.crmkit.core.money.InMemoryExchangeRates;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.AccountId;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.opportunity.OpportunityStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class PartnerPerformanceProperties {
  static final Instant ORIGIN = Instant.parse("2025-10-01T00:00:00Z");
  static final LocalDate FROM = LocalDate.parse("2026-01-01");
  static final LocalDate TO = LocalDate.parse("2026-03-31");
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final Instant END = Instant.parse("2026-04-01T00:00:00Z");
  static final InMemoryExchangeRates RATES = new InMemoryExchangeRates().add(new ExchangeRate(
      Money.currency("USD"), Money.currency("EUR"), new BigDecimal("0.9137"), LocalDate.parse("2025-01-01")));

  /** Who a record belongs to (0..3: a partner; 4: a partner not measured; 5: nobody), when things happened, how big. */
  record Fact(int owner, int createdDay, int laterDays, String outcome, String amount, boolean usd) {}

  @Provide
  Arbitrary<List<Fact>> facts() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 240), Arbitraries.integers().between(0, 120),
            Arbitraries.of("open", "won", "lost", "approve", "reject", "none"),
            Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000")).ofScale(2).map(BigDecimal::toPlainString),
            Arbitraries.of(true, false))
        .as(Fact::new).list().ofMaxSize(40);
  }

  /**
   * Whatever the records, the totals are the sum of the partners' figures (counts, revenue, pipeline, cycle), ranks run
   * 1..n in non-increasing won revenue, and the won count is exactly the partners' deals won inside the period.
   */
  @Property(tries = 150)
  void partnersAddUpToTheTotalsAndTheLeaderboardIsOrdered(
      @ForAll @IntRange(min = 0, max = 4) int partnerCount, @ForAll("facts") List<Fact> deals, @ForAll("facts") List<Fact> leads,
      @ForAll("facts") List<Fact> registrations) {
    List<Partner> all = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      all.add(Records.partner("p-" + i, "Partner " + (char) ('A' + i)));
    }
    List<Partner> measured = all.subList(0, partnerCount);
    List<Opportunity> opportunities = new ArrayList<>();
    for (int i = 0; i < deals.size(); i++) {
      Fact f = deals.get(i);
      String outcome = Set.of("open", "won", "lost").contains(f.outcome()) ? f.outcome() : "open";
      Instant created = ORIGIN.plus(Duration.ofDays(f.createdDay()));
      opportunities.add(Records.deal("o-" + i, owner(all, f), Money.of(f.amount(), f.usd() ? "USD" : "EUR"), created, outcome,
          created.plus(Duration.ofDays(f.laterDays()).plusHours(1))));
    }
    List<Lead> leadList = new ArrayList<>();
    for (int i = 0; i < leads.size(); i++) {
      Fact f = leads.get(i);
      Instant created = ORIGIN.plus(Duration.ofDays(f.createdDay()));
      leadList.add(Records.lead("l-" + i, owner(all, f), created,
          f.usd() ? Optional.of(created.plus(Duration.ofDays(f.laterDays()))) : Optional.empty()));
    }
    List<DealRegistration> regs = new ArrayList<>();
    for (int i = 0; i < registrations.size(); i++) {
      Fact f = registrations.get(i);
      if (f.owner() >= 5) {
        continue;
      }
      Instant created = ORIGIN.plus(Duration.ofDays(f.createdDay()));
      regs.add(Records.registration("r-" + i, all.get(f.owner()), created, f.usd() ? Optional.of(created) : Optional.empty(),
          f.outcome(), created.plus(Duration.ofDays(f.laterDays()))));
    }

    PartnerReport report = PartnerPerformance.builder(Money.currency("EUR"), FROM, TO).rates(RATES).build()
        .measure(measured, regs, leadList, opportunities);

    PartnerMetrics sum = report.standings().stream().map(PartnerStanding::metrics)
        .reduce(PartnerMetrics.zero(Money.currency("EUR")), PartnerMetrics::plus);
    assertThat(report.totals()).isEqualTo(sum);
    assertThat(report.standings()).extracting(PartnerStanding::rank)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, partnerCount).boxed().toList());
    for (int i = 1; i < report.standings().size(); i++) {
      assertThat(report.standings().get(i - 1).metrics().wonRevenue().amount())
          .isGreaterThanOrEqualTo(report.standings().get(i).metrics().wonRevenue().amount());
    }
    Set<AccountId> accounts = measured.stream().map(Partner::account).collect(Collectors.toSet());
    long won = opportunities.stream()
        .filter(o -> o.partner().filter(accounts::contains).isPresent() && o.status() == OpportunityStatus.WON)
        .filter(o -> !o.closedAt().orElseThrow().isBefore(START) && o.closedAt().orElseThrow().isBefore(END))
        .count();
    assertThat(report.totals().opportunitiesWon()).isEqualTo(won);
    report.totals().winRate().ifPresent(r -> assertThat(r).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
    report.totals().approvalRate().ifPresent(r -> assertThat(r).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
  }

  private static Optional<AccountId> owner(List<Partner> all, Fact f) {
    return f.owner() < 5 ? Optional.of(all.get(f.owner()).account()) : Optional.empty();
  }
}
