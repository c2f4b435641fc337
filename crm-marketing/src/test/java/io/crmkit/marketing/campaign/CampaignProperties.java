package io.crmkit.marketing.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.core.money.InMemoryExchangeRates;
import io.crmkit.core.money.Money;
import io.crmkit.core.money.MoneyConversion;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CampaignProperties {
  private static final Currency EUR = Money.currency("EUR");
  private static final MoneyConversion SAME = new MoneyConversion(new InMemoryExchangeRates());

  @Provide
  Arbitrary<List<Campaign>> hierarchies() {
    Arbitrary<BigDecimal> amounts = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(2);
    return Combinators.combine(Arbitraries.integers().between(0, 1000).list().ofMinSize(1).ofMaxSize(25), amounts.list().ofSize(25))
        .as((parents, costs) -> {
          List<Campaign> out = new ArrayList<>();
          for (int i = 0; i < parents.size(); i++) {
            Campaign c = Campaign.draft(new CampaignId("c" + i), TenantId.of("t"), "C" + i, CampaignType.OTHER, EUR)
                .withActualCost(Money.of(costs.get(i), EUR)).withBudget(Money.of(costs.get(24 - i), EUR));
            out.add(i == 0 || parents.get(i) % 5 == 0 ? c : c.withParent(new CampaignId("c" + (parents.get(i) % i))));
          }
          return out;
        });
  }

  @Property(tries = 150)
  void a_roll_up_equals_the_sum_of_its_parts(@ForAll("hierarchies") List<Campaign> campaigns) {
    CampaignHierarchy h = CampaignHierarchy.of(campaigns);
    Map<CampaignId, CampaignTotals> rolled = h.rollUp(Map.of(), EUR, SAME, LocalDate.parse("2026-01-01"));
    Money rootsCost = Money.zero(EUR);
    for (CampaignId root : h.roots()) {
      rootsCost = rootsCost.plus(rolled.get(root).actualCost());
    }
    Money allCost = MoneyConversion.sumSameCurrency(campaigns.stream().map(Campaign::actualCost).toList(), EUR);
    assertThat(rootsCost).isEqualTo(allCost);
    for (Campaign c : campaigns) {
      Money expected = c.budget();
      for (CampaignId child : h.children(c.id())) {
        expected = expected.plus(rolled.get(child).budget());
      }
      assertThat(rolled.get(c.id()).budget()).isEqualTo(expected);
    }
  }

  @Provide
  Arbitrary<AttributionModel> models() {
    return Arbitraries.oneOf(Arbitraries.of(AttributionModel.firstTouch(), AttributionModel.lastTouch(), AttributionModel.even(), AttributionModel.positionBased()),
        Arbitraries.integers().between(1, 60).map(d -> AttributionModel.timeDecay(Duration.ofDays(d))));
  }

  @Property(tries = 200)
  void influence_shares_sum_exactly_to_the_amount(
      @ForAll("models") AttributionModel model,
      @ForAll("touchLists") List<Touch> touches,
      @ForAll("amounts") Money amount) {
    Instant close = Instant.parse("2026-06-01T00:00:00Z");
    List<InfluenceShare> shares = CampaignInfluence.attribute("opp", amount, close, touches, model);
    boolean anyBefore = touches.stream().anyMatch(t -> !t.at().isAfter(close));
    assertThat(shares.isEmpty()).isEqualTo(!anyBefore);
    if (anyBefore) {
      Money total = MoneyConversion.sumSameCurrency(shares.stream().map(InfluenceShare::amount).toList(), amount.currency());
      assertThat(total).isEqualTo(amount.rounded());
      BigDecimal weights = shares.stream().map(InfluenceShare::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(weights.subtract(BigDecimal.ONE).abs()).isLessThan(new BigDecimal("1e-12"));
      assertThat(shares).allSatisfy(s -> assertThat(s.amount().isNegative()).isFalse());
      assertThat(shares.stream().map(InfluenceShare::campaign).distinct().count()).isEqualTo(shares.size());
    }
  }

  @Provide
  Arbitrary<List<Touch>> touchLists() {
    return Combinators.combine(Arbitraries.integers().between(0, 6), Arbitraries.longs().between(-90L * 86400, 5L * 86400))
        .as((c, s) -> new Touch(new CampaignId("k" + c), Instant.parse("2026-06-01T00:00:00Z").plusSeconds(s)))
        .list().ofMaxSize(12);
  }

  @Provide
  Arbitrary<Money> amounts() {
    return Combinators.combine(Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000")).ofScale(3),
        Arbitraries.of("EUR", "JPY", "KWD")).as(Money::of);
  }

  @Property(tries = 100)
  void member_status_changes_keep_the_first_response(@ForAll("labels") List<String> moves) {
    Campaign c = Campaign.draft(new CampaignId("c"), TenantId.of("t"), "C", CampaignType.OTHER, EUR);
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    CampaignMember m = c.addMember(io.crmkit.core.RecordRef.parse("contact:1"), t);
    Optional<Instant> first = Optional.empty();
    for (int i = 0; i < moves.size(); i++) {
      m = c.changeStatus(m, moves.get(i), t.plusSeconds(i));
      if (first.isEmpty() && moves.get(i).equals("Responded")) {
        first = Optional.of(t.plusSeconds(i));
      }
      assertThat(m.firstRespondedAt()).isEqualTo(first);
    }
  }

  @Provide
  Arbitrary<List<String>> labels() {
    return Arbitraries.of("Sent", "Responded").list().ofMaxSize(10);
  }
}
