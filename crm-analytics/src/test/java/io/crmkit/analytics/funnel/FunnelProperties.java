package io.crmkit.analytics.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.statemachine.StateHistory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FunnelProperties {
  static final List<String> STAGES = List.of("s0", "s1", "s2", "s3");

  @Provide
  Arbitrary<List<StateHistory>> histories() {
    Arbitrary<StateHistory> one = Combinators.combine(
            Arbitraries.of("s0", "s1", "s2", "s3", "out").list().ofMinSize(1).ofMaxSize(6),
            Arbitraries.integers().between(0, 100).list().ofSize(6))
        .as((states, gaps) -> {
          List<String> dedup = new ArrayList<>();
          for (String s : states) {
            if (dedup.isEmpty() || !dedup.get(dedup.size() - 1).equals(s)) {
              dedup.add(s);
            }
          }
          int[] hours = new int[dedup.size()];
          for (int i = 1; i < hours.length; i++) {
            hours[i] = hours[i - 1] + gaps.get(i);
          }
          return FunnelTest.history(dedup, hours);
        });
    return one.list().ofMaxSize(30);
  }

  @Property(tries = 200)
  void reachNeverGrowsDownTheFunnelAndDropOffsAddUp(@ForAll("histories") List<StateHistory> hs) {
    List<StageStatistics> s = Funnel.of(STAGES).analyse(hs, FunnelTest.T0.plus(Duration.ofDays(100)));
    for (int i = 1; i < s.size(); i++) {
      assertThat(s.get(i).reached()).isLessThanOrEqualTo(s.get(i - 1).reached());
      assertThat(s.get(i).stepConversion()).isBetween(0.0, 1.0);
    }
    assertThat(s.stream().mapToInt(StageStatistics::dropOff).sum()).isEqualTo(s.get(0).reached());
    for (StageStatistics x : s) {
      assertThat(x.meanTimeInStage().isPresent()).isEqualTo(x.completedStays() > 0);
      x.medianTimeInStage().ifPresent(d -> assertThat(d.isNegative()).isFalse());
    }
  }
}
