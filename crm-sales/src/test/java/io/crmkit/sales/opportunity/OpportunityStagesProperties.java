package io.crmkit.sales.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.statemachine.StateChange;
import io.crmkit.sales.pipeline.Pipeline;
import io.crmkit.sales.pipeline.Pipelines;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class OpportunityStagesProperties {
  private static final Pipeline P = Pipelines.standardSales();

  @Property(tries = 200)
  void stageHistoryTimestampsAreStrictlyMonotonic(
      @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 9) Integer> targets,
      @ForAll @Size(min = 30, max = 30) List<@IntRange(min = -3_600, max = 86_400) Integer> clockSteps) {
    Opportunity o = Deals.draft("o-1", P, Deals.T0).build();
    Instant now = Deals.T0;
    int moves = 0;
    for (int i = 0; i < targets.size(); i++) {
      now = now.plusSeconds(clockSteps.get(i));
      String target = P.stages().get(targets.get(i)).key();
      try {
        StageMove m = OpportunityStages.decide(o, P, target, Optional.empty(), now);
        assertThat(m.opportunity().stage()).isEqualTo(target);
        assertThat(m.change().occurredAt()).isEqualTo(m.opportunity().stageEnteredAt());
        o = m.opportunity();
        moves++;
      } catch (IllegalTransitionException refused) {
        assertThat(o.status().isClosed() || o.stage().equals(target)).isTrue();
      }
    }
    List<StateChange> changes = o.stageHistory().changes();
    assertThat(changes).hasSize(moves + 1);
    for (int i = 1; i < changes.size(); i++) {
      assertThat(changes.get(i).at()).isAfter(changes.get(i - 1).at());
    }
    Instant end = o.stageEnteredAt().isAfter(now) ? o.stageEnteredAt() : now;
    Duration total = o.timeInStages(end).values().stream().reduce(Duration.ZERO, Duration::plus);
    assertThat(total).isEqualTo(Duration.between(o.stageHistory().startedAt(), end));
    assertThat(o.probability()).isEqualTo(P.requireStage(o.stage()).defaultProbability());
  }
}
