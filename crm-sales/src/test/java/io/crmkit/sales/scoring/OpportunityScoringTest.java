package io.crmkit.sales.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactId;
import io.crmkit.sales.opportunity.ContactRole;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.opportunity.OpportunityId;
import io.crmkit.sales.opportunity.OpportunityStages;
import io.crmkit.sales.pipeline.PipelineCatalog;
import io.crmkit.sales.pipeline.Pipelines;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OpportunityScoringTest {
  static final TenantId ACME = TenantId.of("acme");
  static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");
  static final PipelineCatalog CATALOG = PipelineCatalog.standard(ACME);
  static final OpportunityScoring SCORING = OpportunityScoring.of(CATALOG)
      .withAmountBands(List.of(Money.of("10000", "EUR"), Money.of("50000", "EUR")))
      .withSource(o -> o.name().startsWith("Fair") ? Optional.of("trade_show") : Optional.of("web"));
  static final PredictiveScoringModel MODEL = new PredictiveScoringModel(ACME,
      Pipelines.standardSales().stages().stream().map(s -> new PlsStage(s.key(), s.order(), s.won())).toList(),
      List.of(PlsVariable.SOURCE, PlsVariable.field("amount_band"), PlsVariable.field("competitor_count")),
      LocalDate.parse("2025-01-01"));

  /** A deal moved to {@code stage} (through the pipeline's own decision), with more set by {@code more}. */
  static Opportunity deal(String id, String stage, UnaryOperator<Opportunity.Builder> more) {
    Opportunity o = more.apply(Opportunity.builder(new OpportunityId(id), ACME).name("Deal " + id)
        .account(new AccountId("acc")).owner(Owner.team("emea")).closeDate(LocalDate.parse("2026-06-30"))
        .amount(Money.of("20000", "EUR")).startIn(Pipelines.standardSales(), T0)).build();
    if (!stage.equals(o.stage())) {
      Optional<String> reason = stage.startsWith("closed") ? Optional.of("decided") : Optional.empty();
      o = OpportunityStages.decide(o, Pipelines.standardSales(), stage, reason, T0.plusSeconds(60)).opportunity();
    }
    return o;
  }

  static List<Object> v(Opportunity o, String field) {
    return List.copyOf(SCORING.values(o, field));
  }

  @Test
  @DisplayName("an opportunity's fields: stage and its default probability, source, amount band, competitor count")
  void fields() {
    Opportunity o = deal("1", "value_proposition", b -> b.name("Fair lead").competitor("Globex").competitor("Initech")
        .contactRole(ContactRole.primary(new ContactId("c-1"), ContactRole.Role.DECISION_MAKER)));
    assertThat(v(o, "stage_id")).containsExactly("value_proposition");
    assertThat(v(o, "stage_probability")).containsExactly(50L);
    assertThat(v(o, "source_id")).containsExactly("trade_show");
    assertThat(v(o, "amount_band")).containsExactly("10000-50000 EUR");
    assertThat(v(o, "competitor_count")).containsExactly(2L);
    assertThat(v(o, "competitors")).containsExactly("Globex", "Initech");
    assertThat(v(o, "has_primary_contact")).containsExactly(true);
    assertThat(v(o, "team_id")).containsExactly("emea");
    assertThat(v(o, "amount")).singleElement().isInstanceOfSatisfying(BigDecimal.class, a -> assertThat(a).isEqualByComparingTo("20000"));
    assertThat(v(deal("2", "prospecting", b -> b.amount(Money.of("9999.99", "EUR"))), "amount_band"))
        .containsExactly("<10000 EUR");
    assertThat(v(deal("3", "prospecting", b -> b.amount(Money.of("50000", "EUR"))), "amount_band"))
        .containsExactly(">=50000 EUR");
    assertThat(v(deal("4", "prospecting", b -> b.amount(Money.of("20000", "USD"))), "amount_band")).isEmpty();
    assertThatThrownBy(() -> OpportunityScoring.of(CATALOG).withAmountBands(List.of(Money.of("5", "EUR"), Money.of("5", "EUR"))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("amountBands[1]");
  }

  @Test
  @DisplayName("without won and lost counts the win probability is the stage's default, not the owner's figure")
  void stageDefaultWithoutCounts() {
    Opportunity o = deal("1", "value_proposition", b -> b).withProbability(85);
    OpportunityWinProbability wins = OpportunityWinProbability.of(PredictiveLeadScorer.of(MODEL, FrequencyTable.empty(ACME)));
    WinProbability p = SCORING.winProbability(o, wins, MODEL);
    assertThat(p.stageDefault()).isEqualByComparingTo("50");
    assertThat(p.probability()).isEqualByComparingTo("50");
    assertThat(SCORING.stageProbability(o)).isEqualTo(50);
  }

  @Test
  @DisplayName("closed deals teach the table; the stage default is the prior the deal's values move")
  void learnsFromClosedDeals() {
    List<Opportunity> closed = List.of(
        deal("w1", "closed_won", b -> b.name("Fair 1")),
        deal("w2", "closed_won", b -> b.name("Fair 2")),
        deal("w3", "closed_won", b -> b.name("Web 3")),
        deal("l1", "closed_lost", b -> b.name("Web 4").competitor("Globex")),
        deal("l2", "closed_lost", b -> b.name("Web 5").competitor("Globex")));
    List<ClosedLead> learnt = closed.stream().flatMap(o -> SCORING.closed(o, MODEL).stream()).toList();
    assertThat(learnt).extracting(ClosedLead::outcome)
        .containsExactly(PlsOutcome.WON, PlsOutcome.WON, PlsOutcome.WON, PlsOutcome.LOST, PlsOutcome.LOST);
    assertThat(SCORING.closed(deal("o", "prospecting", b -> b), MODEL)).isEmpty();
    PredictiveLeadScorer scorer = PredictiveLeadScorer.of(MODEL, FrequencyTable.recount(MODEL, learnt));
    OpportunityWinProbability wins = OpportunityWinProbability.of(scorer);

    Opportunity fair = deal("n1", "value_proposition", b -> b.name("Fair 6"));
    Opportunity contested = deal("n2", "value_proposition", b -> b.name("Web 7").competitor("Globex"));
    WinProbability good = SCORING.winProbability(fair, wins, MODEL);
    WinProbability bad = SCORING.winProbability(contested, wins, MODEL);

    assertThat(good).isEqualTo(wins.estimate(new BigDecimal("50"), MODEL.observe(fair, SCORING)));
    assertThat(good.stageDefault()).isEqualByComparingTo("50");
    assertThat(good.probability()).isGreaterThan(new BigDecimal("50"));     // trade-show deals were won
    assertThat(bad.probability()).isLessThan(new BigDecimal("50"));         // contested web deals were lost
    assertThat(good.contributions()).extracting(FeatureContribution::variable).doesNotContain("stage_id");
    assertThat(SCORING.winProbability(closed.get(0), wins, MODEL).probability()).isEqualByComparingTo("100");
  }
}
