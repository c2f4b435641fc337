package io.crmkit.testkit.sales;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.sales.scoring.ClosedLead;
import io.crmkit.sales.scoring.DecayPolicy;
import io.crmkit.sales.scoring.FrequencyTable;
import io.crmkit.sales.scoring.PlsOutcome;
import io.crmkit.sales.scoring.PredictiveLeadScorer;
import io.crmkit.sales.scoring.PredictiveScoringModel;
import io.crmkit.sales.scoring.ScoreThreshold;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ScoringArbitrariesProperties {
  static final TenantId ACME = TenantId.of("acme");

  @Property(tries = 100)
  void closedLeadsFeedATableThatScoresWithinBounds(@ForAll("models") PredictiveScoringModel model, @ForAll Random random) {
    List<ClosedLead> closed = ScoringArbitraries.closedLeads(model).list().ofMaxSize(40).generator(100).next(random).value();
    FrequencyTable table = FrequencyTable.recount(model, closed);
    var lead = ScoringArbitraries.observations(model).generator(100).next(random).value();

    PredictiveLeadScorer.of(model, table).score(lead).probability()
        .ifPresent(p -> assertThat(p).isBetween(BigDecimal.ZERO, new BigDecimal("100")));
    closed.stream().filter(c -> c.outcome() == PlsOutcome.WON)
        .forEach(c -> assertThat(model.stage(c.observation().stage().orElseThrow()).orElseThrow().won()).isTrue());
  }

  @Property(tries = 100)
  void thresholdsHaveTheirLowerBoundBelowTheUpper(@ForAll("thresholds") ScoreThreshold t) {
    assertThat(t.lower()).isLessThan(t.upper());
  }

  @Property(tries = 1)
  void generatorsAreVaried(@ForAll Random random) {
    List<DecayPolicy> decays = ScoringArbitraries.decayPolicies().list().ofSize(200).generator(100).next(random).value();
    assertThat(decays).anyMatch(d -> d instanceof DecayPolicy.None).anyMatch(d -> d instanceof DecayPolicy.HalfLife)
        .anyMatch(d -> d instanceof DecayPolicy.Stepwise);
    var events = ScoringArbitraries.engagementEvents().list().ofSize(300).generator(100).next(random).value();
    assertThat(events.stream().map(e -> e.type()).distinct().count()).isGreaterThan(5);
    assertThat(events).anyMatch(e -> e.type().codePoints().anyMatch(c -> c > 127));
  }

  @Provide
  Arbitrary<PredictiveScoringModel> models() {
    return ScoringArbitraries.predictiveModels(ACME);
  }

  @Provide
  Arbitrary<ScoreThreshold> thresholds() {
    return ScoringArbitraries.scoreThresholds();
  }
}
