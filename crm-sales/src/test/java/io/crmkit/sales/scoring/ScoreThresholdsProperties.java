package io.crmkit.sales.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ScoreThresholdsProperties {
  static final ScoreThreshold T = new ScoreThreshold("hot", 80, 60);
  static final Instant AT = Instant.parse("2026-03-01T00:00:00Z");

  @Property(tries = 200)
  void scoresBetweenTheBoundsNeverRaiseAnotherEvent(@ForAll boolean startInside, @ForAll("between") List<Double> scores) {
    ThresholdState state = ThresholdState.outside(TenantId.of("acme"), new RecordRef("lead", "l-1"), "hot");
    state = ScoreThresholds.evaluate(T, state, startInside ? 95 : 10, AT).state();
    for (double s : scores) {
      ThresholdDecision d = ScoreThresholds.evaluate(T, state, s, AT);
      assertThat(d.event()).isEmpty();
      state = d.state();
    }
    assertThat(state.inside()).isEqualTo(startInside);
  }

  @Property(tries = 200)
  void eventsAlternateEnteredAndLeft(@ForAll("anyScores") List<Double> scores) {
    ThresholdState state = ThresholdState.outside(TenantId.of("acme"), new RecordRef("lead", "l-1"), "hot");
    CrossingDirection expected = CrossingDirection.ENTERED;
    for (double s : scores) {
      ThresholdDecision d = ScoreThresholds.evaluate(T, state, s, AT);
      if (d.event().isPresent()) {
        assertThat(d.event().get().direction()).isEqualTo(expected);
        expected = expected == CrossingDirection.ENTERED ? CrossingDirection.LEFT : CrossingDirection.ENTERED;
      }
      assertThat(d.state().inside()).isEqualTo(state.inside() ? s >= T.lower() : s >= T.upper());
      state = d.state();
    }
  }

  @Provide
  Arbitrary<List<Double>> between() {
    return Arbitraries.doubles().between(60, 80).filter(d -> d < 80).list().ofMaxSize(40);
  }

  @Provide
  Arbitrary<List<Double>> anyScores() {
    return Arbitraries.doubles().between(0, 100).list().ofMaxSize(40);
  }
}
