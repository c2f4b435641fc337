package io.crmkit.sales.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Owner;
import io.crmkit.core.money.Money;
import io.crmkit.core.money.MoneyConversion;
import io.crmkit.sales.opportunity.OpportunityId;
import io.crmkit.sales.pipeline.ForecastCategory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ForecastRollupProperties {
  private static final String[] CURRENCIES = {"EUR", "USD", "JPY"};

  @Property(tries = 100)
  void forecastsEqualTheSumOfTheirPartsAtEveryLevel(
      @ForAll @Size(min = 0, max = 6) List<@IntRange(min = 0, max = 100) Integer> groupParents,
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 100) Integer> ownerGroups,
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = Integer.MAX_VALUE) Integer> dealSeeds) {
    ForecastHierarchy.Builder b = ForecastHierarchy.builder("root", "Root");
    List<String> groups = new ArrayList<>(List.of("root"));
    for (int i = 0; i < groupParents.size(); i++) {
      String parent = groups.get(groupParents.get(i) % groups.size());
      b.group("g" + i, "Group " + i, parent);
      groups.add("g" + i);
    }
    List<Owner> owners = new ArrayList<>();
    for (int i = 0; i < ownerGroups.size(); i++) {
      Owner o = Owner.user("u" + i);
      owners.add(o);
      b.owner(o, "Owner " + i, groups.get(ownerGroups.get(i) % groups.size()));
    }
    ForecastHierarchy h = b.build();
    List<ForecastEntry> entries = new ArrayList<>();
    for (int i = 0; i < dealSeeds.size(); i++) {
      int s = dealSeeds.get(i);
      String cur = CURRENCIES[s % 3];
      BigDecimal amount = BigDecimal.valueOf((s / 3) % 5_000_000L, cur.equals("JPY") ? 0 : 2);
      entries.add(new ForecastEntry(
          new OpportunityId("o" + i), owners.get((s / 7) % owners.size()), LocalDate.of(2026, 1, 1).plusDays((s / 11) % 365),
          Money.of(amount, cur), (s / 13) % 101, ForecastCategory.values()[(s / 17) % 5]));
    }
    Forecast f = ForecastRollup.builder(FiscalCalendar.calendarQuarters(), Money.currency("EUR"), ForecastRollupTest.RATE_DATE)
        .rates(ForecastRollupTest.RATES).hierarchy(h).build().compute(entries);
    MoneyConversion fx = new MoneyConversion(ForecastRollupTest.RATES);

    for (ForecastPeriod p : f.periods()) {
      for (ForecastNode n : h.nodes()) {
        ForecastFigures fig = f.figures(p.key(), n.id());
        List<ForecastNode> children = h.children(n.id());
        if (!children.isEmpty() || !n.isOwner()) {
          ForecastFigures sum = ForecastFigures.zero(f.currency());
          for (ForecastNode c : children) {
            sum = sum.plus(f.figures(p.key(), c.id()));
          }
          assertThat(fig).as("%s in %s", n.id(), p.key()).isEqualTo(sum);
        } else {
          ForecastFigures expected = ForecastFigures.zero(f.currency());
          for (ForecastEntry e : entries) {
            if (e.owner().equals(n.owner().orElseThrow()) && p.contains(e.closeDate())) {
              expected = expected.plus(single(e, fx));
            }
          }
          assertThat(fig).as("owner %s in %s", n.id(), p.key()).isEqualTo(expected);
        }
        for (ForecastCategory c : ForecastCategory.values()) {
          assertThat(f.adjusted(p.key(), n.id(), c)).isEqualTo(fig.cumulative(c));
        }
        assertThat(fig.cumulative(ForecastCategory.BEST_CASE).isLessThan(fig.cumulative(ForecastCategory.COMMIT))).isFalse();
        assertThat(fig.cumulative(ForecastCategory.COMMIT).isLessThan(fig.cumulative(ForecastCategory.CLOSED))).isFalse();
      }
    }
    long all = entries.size();
    long counted = 0;
    for (ForecastCategory c : ForecastCategory.values()) {
      counted += f.total("root").count(c);
    }
    assertThat(counted).isEqualTo(all);
  }

  /** The figures of one deal alone, computed independently with MoneyConversion. */
  private static ForecastFigures single(ForecastEntry e, MoneyConversion fx) {
    ForecastFigures zero = ForecastFigures.zero(Money.currency("EUR"));
    java.util.Map<ForecastCategory, Money> a = new java.util.EnumMap<>(zero.amounts());
    java.util.Map<ForecastCategory, Money> w = new java.util.EnumMap<>(zero.weighted());
    java.util.Map<ForecastCategory, Long> n = new java.util.EnumMap<>(zero.counts());
    Money exact = fx.convertExactly(e.amount(), Money.currency("EUR"), ForecastRollupTest.RATE_DATE);
    a.put(e.category(), exact.rounded());
    w.put(e.category(), new Money(
        exact.amount().multiply(BigDecimal.valueOf(e.probability())).divide(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_EVEN),
        Money.currency("EUR")));
    n.put(e.category(), 1L);
    return new ForecastFigures(Money.currency("EUR"), a, w, n);
  }
}
