package io.crmkit.analytics.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class TransactionScoringProperties {
  @Property(tries = 200)
  void scoresAreInvariantToShiftAndScaleOfTheAmounts(
      @ForAll @Size(min = 5, max = 30) List<@IntRange(min = 1, max = 10_000) Integer> cents,
      @ForAll @IntRange(min = -500, max = 500) int shift,
      @ForAll @IntRange(min = 1, max = 9) int scale) {
    List<Transaction> a = new ArrayList<>();
    List<Transaction> b = new ArrayList<>();
    for (int i = 0; i < cents.size(); i++) {
      BigDecimal x = BigDecimal.valueOf(cents.get(i), 2);
      a.add(new Transaction("t" + i, "c", "g", Money.of(x, "EUR")));
      b.add(new Transaction("t" + i, "c", "g",
          Money.of(x.multiply(BigDecimal.valueOf(scale)).add(BigDecimal.valueOf(shift)), "EUR")));
    }
    List<RiskScore> sa = TransactionScoring.defaults().score(a);
    List<RiskScore> sb = TransactionScoring.defaults().score(b);
    for (int i = 0; i < sa.size(); i++) {
      assertThat(sb.get(i).score()).isCloseTo(sa.get(i).score(), within(1e-6 * (1 + sa.get(i).score())));
      assertThat(sa.get(i).flagged()).isEqualTo(sa.get(i).score() >= 3.5);
    }
  }

  @Property(tries = 100)
  void aLargeEnoughSpikeIsAlwaysFlaggedWithAReason(
      @ForAll @Size(min = 5, max = 30) List<@DoubleRange(min = 50, max = 150) Double> normal) {
    List<Transaction> ts = new ArrayList<>();
    for (int i = 0; i < normal.size(); i++) {
      ts.add(new Transaction("t" + i, "c", "g", Money.of(BigDecimal.valueOf(normal.get(i)), "EUR")));
    }
    // far beyond any spread of values in [50, 150]: at least 10 000 / (100 / 0.6745) above the median
    ts.add(new Transaction("spike", "c", "g", Money.of("10200", "EUR")));
    RiskScore s = TransactionScoring.defaults().score(ts).get(ts.size() - 1);
    assertThat(s.flagged()).isTrue();
    assertThat(s.flags()).allSatisfy(f -> assertThat(f.reason()).contains("above"));
  }
}
