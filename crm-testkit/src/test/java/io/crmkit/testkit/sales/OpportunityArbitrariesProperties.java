package io.crmkit.testkit.sales;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.statemachine.StateChange;
import io.crmkit.sales.forecast.ForecastHierarchy;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.opportunity.OpportunityStatus;
import io.crmkit.sales.pipeline.Pipeline;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class OpportunityArbitrariesProperties {
  @Provide
  Arbitrary<Opportunity> opportunities() {
    return OpportunityArbitraries.opportunities();
  }

  @Provide
  Arbitrary<Opportunity> onGeneratedPipelines() {
    return OpportunityArbitraries.pipelines().flatMap(p -> OpportunityArbitraries.opportunitiesOn(p, 5));
  }

  @Property(tries = 200)
  void generatedOpportunitiesAreValidAndVaried(@ForAll("opportunities") Opportunity o) {
    assertThat(o.toBuilder().build()).isEqualTo(o);
    List<StateChange> changes = o.stageHistory().changes();
    for (int i = 1; i < changes.size(); i++) {
      assertThat(changes.get(i).at()).isAfter(changes.get(i - 1).at());
    }
    Statistics.label("status").collect(o.status());
    Statistics.label("moves").collect(changes.size() > 1 ? "moved" : "unmoved");
    Statistics.label("status").coverage(c -> {
      c.check(OpportunityStatus.OPEN).percentage(p -> p > 10);
      c.check(OpportunityStatus.WON).percentage(p -> p > 5);
      c.check(OpportunityStatus.LOST).percentage(p -> p > 5);
    });
    Statistics.label("moves").coverage(c -> c.check("moved").percentage(p -> p > 30));
  }

  @Property(tries = 100)
  void opportunitiesOnGeneratedPipelinesStayInThem(@ForAll("onGeneratedPipelines") Opportunity o) {
    assertThat(o.pipeline()).isEqualTo("generated");
    assertThat(o.probability()).isBetween(0, 100);
  }

  @Property(tries = 100)
  void pipelinesHaveOpenWonAndLostStages(@ForAll("pipelines") Pipeline p) {
    assertThat(p.openStages()).isNotEmpty();
    assertThat(p.stages()).anyMatch(s -> s.won()).anyMatch(s -> s.lost());
    assertThat(p.initialStage().closed()).isFalse();
  }

  @Provide
  Arbitrary<Pipeline> pipelines() {
    return OpportunityArbitraries.pipelines();
  }

  @Property(tries = 100)
  void hierarchiesHoldEveryOwnerOnce(@ForAll("hierarchies") ForecastHierarchy h) {
    Set<String> ids = new HashSet<>();
    h.nodes().forEach(n -> assertThat(ids.add(n.id())).isTrue());
    assertThat(h.owners()).hasSize(8);
    assertThat(h.ownersUnder("company")).hasSize(8);
  }

  @Provide
  Arbitrary<ForecastHierarchy> hierarchies() {
    return OpportunityArbitraries.hierarchies(8);
  }
}
