package io.crmkit.analytics.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class RfmScoringProperties {
  @Property(tries = 200)
  void scoresAreInRangeMonotoneAndTiesShare(
      @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 20) Integer> days,
      @ForAll @IntRange(min = 2, max = 10) int bins) {
    List<RfmObservation> obs = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      obs.add(new RfmObservation("c" + i, days.get(i), 1 + days.get(i) % 4, days.get(i) * 3.0));
    }
    RfmResult result = RfmScoring.ofDefaults().withBins(bins).score(obs);
    List<RfmScore> s = result.scores();
    for (int i = 0; i < s.size(); i++) {
      assertThat(s.get(i).recency()).isBetween(1, bins);
      for (int j = 0; j < s.size(); j++) {
        long di = obs.get(i).daysSinceLastPurchase();
        long dj = obs.get(j).daysSinceLastPurchase();
        if (di == dj) {
          assertThat(s.get(i).recency()).isEqualTo(s.get(j).recency());
        } else if (di < dj) {
          assertThat(s.get(i).recency()).isGreaterThanOrEqualTo(s.get(j).recency());
        }
      }
    }
    assertThat(result.segmentCounts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(obs.size());
  }
}
