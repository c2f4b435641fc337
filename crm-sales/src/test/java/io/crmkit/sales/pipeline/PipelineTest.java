package io.crmkit.sales.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ValidationException;
import io.crmkit.core.statemachine.Decision;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PipelineTest {
  private static final StageCandidate NOTHING = f -> false;
  private static final StageCandidate EVERYTHING = f -> true;

  @Nested
  @DisplayName("the standard sales pipeline")
  class Standard {
    private final Pipeline p = Pipelines.standardSales();

    @Test
    @DisplayName("has Salesforce's ten default stages with their probabilities, in order")
    void salesforceStages() {
      assertThat(p.stages()).extracting(Stage::label).containsExactly(
          "Prospecting", "Qualification", "Needs Analysis", "Value Proposition", "Id. Decision Makers",
          "Perception Analysis", "Proposal/Price Quote", "Negotiation/Review", "Closed Won", "Closed Lost");
      assertThat(p.stages()).extracting(Stage::defaultProbability).containsExactly(10, 10, 20, 50, 60, 70, 75, 90, 100, 0);
      assertThat(p.initialStage().key()).isEqualTo("prospecting");
      assertThat(p.recordType()).isEqualTo("default");
    }

    @Test
    @DisplayName("forecasts open stages as pipeline, Closed Won as closed and Closed Lost as omitted")
    void categories() {
      assertThat(p.openStages()).allMatch(s -> s.forecastCategory() == ForecastCategory.PIPELINE).hasSize(8);
      Stage won = p.requireStage("closed_won");
      Stage lost = p.requireStage("closed_lost");
      assertThat(won.won()).isTrue();
      assertThat(won.forecastCategory()).isEqualTo(ForecastCategory.CLOSED);
      assertThat(lost.lost()).isTrue();
      assertThat(lost.forecastCategory()).isEqualTo(ForecastCategory.OMITTED);
    }

    @Test
    @DisplayName("is a state machine whose closed stages are terminal")
    void machine() {
      assertThat(p.machine().states()).hasSize(10);
      assertThat(p.machine().terminals()).containsExactlyInAnyOrder("closed_won", "closed_lost");
      assertThat(p.decide("prospecting", "closed_won", NOTHING)).isInstanceOf(Decision.Accepted.class);
      Decision fromClosed = p.decide("closed_lost", "prospecting", NOTHING);
      assertThat(fromClosed.isAccepted()).isFalse();
      assertThat(((Decision.Refused) fromClosed).reason()).contains("terminal");
    }

    @Test
    @DisplayName("refuses a move to the stage the opportunity is already in")
    void sameStage() {
      Decision d = p.decide("qualification", "qualification", EVERYTHING);
      assertThat(d.isAccepted()).isFalse();
      assertThat(((Decision.Refused) d).reason()).contains("already in stage");
    }
  }

  @Test
  @DisplayName("required fields guard entry into a stage and the refusal names the missing ones")
  void guards() {
    Pipeline p = Pipeline.of("deals", "default", List.of(
        Stage.open("open", "Open", 1, 10, ForecastCategory.PIPELINE),
        Stage.open("quote", "Quote", 2, 60, ForecastCategory.BEST_CASE).requiring(RequiredField.AMOUNT, RequiredField.NEXT_STEP),
        Stage.won("won", "Won", 3).requiring(RequiredField.CLOSE_REASON),
        Stage.lost("lost", "Lost", 4)));
    Decision refused = p.decide("open", "quote", f -> f == RequiredField.AMOUNT);
    assertThat(refused.isAccepted()).isFalse();
    assertThat(((Decision.Refused) refused).reason()).contains("stage 'quote' requires next_step").doesNotContain("amount");
    assertThat(p.missingFields("quote", NOTHING)).containsExactly(RequiredField.AMOUNT, RequiredField.NEXT_STEP);
    assertThat(p.decide("open", "quote", EVERYTHING)).isEqualTo(new Decision.Accepted("open", "move_to_quote", "quote", List.of()));
    assertThat(p.decide("open", "lost", NOTHING).isAccepted()).isTrue();
  }

  @Test
  @DisplayName("stages are sorted by order whatever order they are given in")
  void sorted() {
    Pipeline p = Pipeline.of("deals", "default", List.of(
        Stage.lost("lost", "Lost", 40), Stage.won("won", "Won", 30), Stage.open("b", "B", 20, 50, ForecastCategory.COMMIT),
        Stage.open("a", "A", 10, 10, ForecastCategory.PIPELINE)));
    assertThat(p.stages()).extracting(Stage::key).containsExactly("a", "b", "won", "lost");
    assertThat(p.indexOf("won")).isEqualTo(2);
  }

  @Nested
  @DisplayName("a pipeline is rejected when built")
  class Invalid {
    private final Stage open = Stage.open("open", "Open", 1, 10, ForecastCategory.PIPELINE);
    private final Stage won = Stage.won("won", "Won", 2);
    private final Stage lost = Stage.lost("lost", "Lost", 3);

    @Test
    void duplicateKeysLabelsOrOrders() {
      assertThatThrownBy(() -> Pipeline.of("p", "t", List.of(open, won, lost, Stage.open("open", "Other", 4, 10, ForecastCategory.PIPELINE))))
          .isInstanceOf(ValidationException.class).hasMessageContaining("stage key 'open' is used twice");
      assertThatThrownBy(() -> Pipeline.of("p", "t", List.of(open, won, lost, Stage.open("other", "OPEN", 4, 10, ForecastCategory.PIPELINE))))
          .hasMessageContaining("label 'OPEN' is used twice");
      assertThatThrownBy(() -> Pipeline.of("p", "t", List.of(open, won, lost, Stage.open("other", "Other", 3, 10, ForecastCategory.PIPELINE))))
          .hasMessageContaining("order 3 is used twice");
    }

    @Test
    void withoutWonLostOrOpenStages() {
      assertThatThrownBy(() -> Pipeline.of("p", "t", List.of(open, lost))).hasMessageContaining("closed/won");
      assertThatThrownBy(() -> Pipeline.of("p", "t", List.of(open, won))).hasMessageContaining("closed/lost");
      assertThatThrownBy(() -> Pipeline.of("p", "t", List.of(won, lost))).hasMessageContaining("open stage");
      assertThatThrownBy(() -> Pipeline.of("p", "t", List.of(Stage.won("w", "W", 0), open, lost)))
          .hasMessageContaining("first stage 'w'");
    }

    @Test
    void badStages() {
      assertThatThrownBy(() -> Stage.open("open", "Open", 1, 101, ForecastCategory.PIPELINE))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("stage.open.defaultProbability"));
      assertThatThrownBy(() -> Stage.open("open", "Open", 1, -1, ForecastCategory.PIPELINE)).hasMessageContaining("0 to 100");
      assertThatThrownBy(() -> Stage.open("Open Stage", "Open", 1, 1, ForecastCategory.PIPELINE)).hasMessageContaining("lower snake case");
      assertThatThrownBy(() -> Stage.open("open", "Open", 1, 10, ForecastCategory.CLOSED)).hasMessageContaining("open stage cannot forecast as CLOSED");
      assertThatThrownBy(() -> new Stage("w", "W", 1, 100, ForecastCategory.CLOSED, false, true, List.of()))
          .hasMessageContaining("won stage must also be closed");
      assertThatThrownBy(() -> Stage.lost("l", "L", 1).withForecastCategory(ForecastCategory.COMMIT)).hasMessageContaining("OMITTED");
      assertThatThrownBy(() -> new Stage("o", "O", 1, 1, ForecastCategory.PIPELINE, false, false, List.of(RequiredField.AMOUNT, RequiredField.AMOUNT)))
          .hasMessageContaining("twice");
      assertThatThrownBy(() -> Stage.open(null, "O", 1, 1, ForecastCategory.PIPELINE))
          .isInstanceOf(NullPointerException.class).hasMessage("key");
    }
  }

  @Test
  @DisplayName("the cumulative view: best case includes commit includes closed; omitted stands alone")
  void cumulative() {
    assertThat(ForecastCategory.PIPELINE.cumulative()).isEqualTo(EnumSet.of(ForecastCategory.PIPELINE, ForecastCategory.BEST_CASE, ForecastCategory.COMMIT));
    assertThat(ForecastCategory.BEST_CASE.cumulative()).containsExactlyInAnyOrder(ForecastCategory.BEST_CASE, ForecastCategory.COMMIT, ForecastCategory.CLOSED);
    assertThat(ForecastCategory.COMMIT.cumulative()).containsExactlyInAnyOrder(ForecastCategory.COMMIT, ForecastCategory.CLOSED);
    assertThat(ForecastCategory.CLOSED.cumulative()).containsExactly(ForecastCategory.CLOSED);
    for (ForecastCategory c : ForecastCategory.values()) {
      assertThat(c == ForecastCategory.OMITTED || !c.cumulative().contains(ForecastCategory.OMITTED)).isTrue();
    }
    assertThat(ForecastCategory.parse("best case")).isEqualTo(ForecastCategory.BEST_CASE);
    assertThat(ForecastCategory.parse("BEST_CASE")).isEqualTo(ForecastCategory.BEST_CASE);
    assertThatThrownBy(() -> ForecastCategory.parse("maybe")).isInstanceOf(ValidationException.class);
  }

  @Test
  @DisplayName("a pipeline is data: its definition survives JSON and compiles to an equal pipeline")
  void definitionAsData() {
    Pipeline guarded = Pipeline.of("deals", "default", List.of(
        Stage.open("open", "Open", 1, 10, ForecastCategory.PIPELINE),
        Stage.open("quote", "Quote", 2, 60, ForecastCategory.BEST_CASE).requiring(RequiredField.AMOUNT),
        Stage.won("won", "Won", 3), Stage.lost("lost", "Lost", 4)));
    for (Pipeline p : List.of(Pipelines.standardSales(), guarded)) {
      String json = io.crmkit.core.json.CrmJson.write(p.definition());
      PipelineDefinition read = io.crmkit.core.json.CrmJson.read(json, PipelineDefinition.class);
      assertThat(read).isEqualTo(p.definition());
      assertThat(read.compile()).isEqualTo(p);
    }
    assertThatThrownBy(() -> new PipelineDefinition("p", "t", List.of(Stage.won("w", "W", 1))).compile())
        .isInstanceOf(ValidationException.class);
  }

  @Test
  @DisplayName("a catalog holds one pipeline per record type")
  void catalog() {
    var tenant = io.crmkit.core.TenantId.of("acme");
    Pipeline renewals = Pipeline.of("renewals", "renewal", List.of(
        Stage.open("review", "Review", 1, 40, ForecastCategory.PIPELINE), Stage.won("renewed", "Renewed", 2), Stage.lost("churned", "Churned", 3)));
    PipelineCatalog c = PipelineCatalog.of(tenant, List.of(Pipelines.standardSales(), renewals));
    assertThat(c.forRecordType("renewal")).contains(renewals);
    assertThat(c.require("standard_sales")).isSameAs(Pipelines.standardSales());
    assertThatThrownBy(() -> c.require("nope")).hasMessageContaining("not a pipeline of tenant acme");
    Pipeline clash = Pipeline.of("other", "renewal", renewals.stages());
    assertThatThrownBy(() -> PipelineCatalog.of(tenant, List.of(renewals, clash))).hasMessageContaining("record type 'renewal' has two pipelines");
  }
}
