package io.crmkit.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssociationRulesTest {
  // five baskets: bread in 4, milk in 4, both in 3, beer in 2 (always with bread)
  static final List<String> LINES = List.of(
      "bread, milk", " bread ,beer", "milk", "bread, milk, beer", "bread,milk,", "");

  @Test
  void measuresOfARuleWorkedByHand() {
    Baskets b = Baskets.parse(LINES);
    assertThat(b.size()).isEqualTo(5);
    assertThat(b.items()).containsExactly("bread", "milk", "beer");
    RuleSet rs = AssociationRules.mine(b, RuleOptions.of(0.4, 0.5).withMinLength(2));
    AssociationRule beerBread = rs.rules().stream()
        .filter(r -> r.antecedent().equals(List.of("beer")) && r.consequent().equals("bread")).findFirst().orElseThrow();
    // supp = 2/5, conf = 2/2, lift = 1 / (4/5)
    assertThat(beerBread.support()).isCloseTo(0.4, within(1e-12));
    assertThat(beerBread.confidence()).isCloseTo(1.0, within(1e-12));
    assertThat(beerBread.lift()).isCloseTo(1.25, within(1e-12));
    assertThat(beerBread.count()).isEqualTo(2);
    AssociationRule breadMilk = rs.rules().stream()
        .filter(r -> r.antecedent().equals(List.of("bread")) && r.consequent().equals("milk")).findFirst().orElseThrow();
    // supp = 3/5, conf = 3/4, lift = (3/4) / (4/5)
    assertThat(breadMilk.confidence()).isCloseTo(0.75, within(1e-12));
    assertThat(breadMilk.lift()).isCloseTo(0.9375, within(1e-12));
    // {beer, milk} has support 1/5 < 0.4: no rule mentions both
    assertThat(rs.rules()).noneMatch(r -> r.text().contains("beer") && r.text().contains("milk"));
    assertThat(rs.rules()).allMatch(r -> r.length() >= 2);
    // itemsets: {bread} {milk} {beer} {bread, milk} {bread, beer}
    assertThat(rs.itemsetCount()).isEqualTo(5);
    assertThat(rs.rules().get(0).lift()).isGreaterThanOrEqualTo(rs.rules().get(rs.rules().size() - 1).lift());
  }

  @Test
  void minLengthOneGivesRulesWithAnEmptyAntecedentLikeArules() {
    RuleSet rs = AssociationRules.mine(Baskets.parse(LINES), RuleOptions.of(0.4, 0.8).withMaxLength(1));
    assertThat(rs.rules()).extracting(AssociationRule::text)
        .containsExactlyInAnyOrder("{} => {bread}", "{} => {milk}");
    assertThat(rs.rules()).allSatisfy(r -> assertThat(r.lift()).isCloseTo(1.0, within(1e-12)));
  }

  @Test
  void crossSellSuggestsWhatOthersBoughtWithIt() {
    RuleSet rs = AssociationRules.mine(Baskets.parse(LINES), RuleOptions.of(0.2, 0.1));
    List<Recommendation> recs = CrossSell.from(rs).recommend(Set.of("beer"), 5);
    assertThat(recs).extracting(Recommendation::item).first().isEqualTo("bread");
    assertThat(recs).extracting(Recommendation::item).doesNotContain("beer");
    assertThat(recs.get(0).because()).containsExactly("beer");
    assertThat(CrossSell.from(rs).recommend(Set.of("beer"), 0)).isEmpty();
  }

  @Test
  void badThresholdsAreRefused() {
    assertThatThrownBy(() -> RuleOptions.of(0, 0.5)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("minSupport");
    assertThatThrownBy(() -> RuleOptions.of(0.1, 1.5)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> RuleOptions.of(0.1, 0.5).withMinLength(3).withMaxLength(2))
        .isInstanceOf(ValidationException.class).hasMessageContaining("maxLength");
  }

  /** A synthetic retail set shaped like Groceries: 10,000 baskets over 169 items with skewed popularity. */
  static Baskets syntheticRetail(long seed) {
    Random rnd = new Random(seed);
    double[] weight = new double[169];
    double total = 0;
    for (int i = 0; i < weight.length; i++) {
      weight[i] = 1 / Math.pow(i + 1, 0.9);
      total += weight[i];
    }
    List<Set<String>> baskets = new ArrayList<>();
    for (int t = 0; t < 10_000; t++) {
      int size = 1 + (int) Math.min(30, -Math.log(1 - rnd.nextDouble()) * 3.4);
      Set<String> b = new LinkedHashSet<>();
      while (b.size() < size) {
        double u = rnd.nextDouble() * total;
        int i = 0;
        while (i < weight.length - 1 && (u -= weight[i]) > 0) {
          i++;
        }
        b.add("item" + i);
      }
      baskets.add(b);
    }
    return Baskets.of(baskets);
  }

  @Test
  void tenThousandBasketsOf169ItemsAtSupport0001() {
    Baskets b = syntheticRetail(42);
    RuleOptions o = RuleOptions.of(0.001, 0.5);
    AssociationRules.mine(b, o); // warm-up
    long t0 = System.nanoTime();
    RuleSet rs = AssociationRules.mine(b, o);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf("FP-growth + rules, 10,000 baskets x 169 items at support 0.001: %d itemsets, %d rules in %d ms%n",
        rs.itemsetCount(), rs.rules().size(), ms);
    assertThat(rs.items()).isEqualTo(169);
    assertThat(rs.itemsetCount()).isGreaterThan(1000);
    assertThat(rs.rules()).allSatisfy(r -> {
      assertThat(r.count()).isGreaterThanOrEqualTo(10);
      assertThat(r.confidence()).isGreaterThanOrEqualTo(0.5);
    });
  }
}
