package io.crmkit.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class AssociationRulesProperties {
  @Provide
  Arbitrary<List<Set<String>>> baskets() {
    return Arbitraries.of("a", "b", "c", "d", "e", "f", "g").set().ofMinSize(0).ofMaxSize(6)
        .list().ofMinSize(1).ofMaxSize(40);
  }

  @Property(tries = 200)
  void fpGrowthFindsExactlyTheItemsetsOfBruteForceApriori(
      @ForAll("baskets") List<Set<String>> baskets,
      @ForAll @DoubleRange(min = 0.01, max = 0.6) double minSupport,
      @ForAll @IntRange(min = 1, max = 7) int maxLength) {
    Map<Set<String>, Long> expected = BruteForceItemsets.mine(baskets, minSupport, maxLength);
    Map<Set<String>, Long> actual = new HashMap<>();
    for (FrequentItemset s : FrequentItemsets.mine(Baskets.of(baskets), minSupport, maxLength)) {
      assertThat(actual.put(Set.copyOf(s.items()), s.count())).as("itemset reported twice").isNull();
    }
    assertThat(actual).isEqualTo(expected);
  }

  @Property(tries = 200)
  void ruleMeasuresObeyTheirDefinitions(
      @ForAll("baskets") List<Set<String>> baskets,
      @ForAll @DoubleRange(min = 0.02, max = 0.5) double minSupport,
      @ForAll @DoubleRange(min = 0, max = 1) double minConfidence,
      @ForAll @IntRange(min = 1, max = 3) int minLength) {
    int n = baskets.size();
    RuleSet rs = AssociationRules.mine(Baskets.of(baskets), new RuleOptions(minSupport, minConfidence, minLength, 10));
    for (AssociationRule r : rs.rules()) {
      Set<String> all = new HashSet<>(r.antecedent());
      all.add(r.consequent());
      long both = baskets.stream().filter(b -> b.containsAll(all)).count();
      long lhs = baskets.stream().filter(b -> b.containsAll(r.antecedent())).count();
      long rhs = baskets.stream().filter(b -> b.contains(r.consequent())).count();
      assertThat(r.count()).isEqualTo(both);
      assertThat(r.support()).isCloseTo((double) both / n, within(1e-12));
      assertThat(r.support()).isGreaterThanOrEqualTo(minSupport * (1 - 1e-9));
      assertThat(r.confidence()).isCloseTo((double) both / lhs, within(1e-12));
      assertThat(r.confidence()).isGreaterThanOrEqualTo(minConfidence * (1 - 1e-9));
      // lift is symmetric: supp(X ∪ Y) / (supp(X) supp(Y))
      assertThat(r.lift()).isCloseTo((double) both * n / ((double) lhs * rhs), within(1e-9));
      assertThat(r.length()).isBetween(minLength, 10);
      assertThat(r.antecedent()).doesNotContain(r.consequent());
    }
  }
}
