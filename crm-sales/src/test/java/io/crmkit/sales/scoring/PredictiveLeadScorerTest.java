package io.crmkit.sales.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.AccessDeniedException;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PredictiveLeadScorerTest {
  static final TenantId ACME = TenantId.of("acme");
  static final Instant CREATED = Instant.parse("2025-06-01T10:00:00Z");
  static final PredictiveScoringModel MODEL = new PredictiveScoringModel(ACME,
      List.of(new PlsStage("new", 1, false), new PlsStage("proposal", 2, false), new PlsStage("won", 3, true)),
      List.of(PlsVariable.COUNTRY), LocalDate.parse("2025-01-01"));

  static PlsObservation lead(String team, String stage, String country) {
    return new PlsObservation(Optional.ofNullable(team), Optional.ofNullable(stage),
        country == null ? Map.of() : Map.of("country_id", List.of(country)), Optional.of(CREATED));
  }

  /**
   * Team A: won BE, won FR, lost BE at proposal, lost FR at new, lost BE at new. Without team: won FR.
   */
  static final List<ClosedLead> CLOSED = List.of(
      new ClosedLead(lead("A", "won", "BE"), PlsOutcome.WON),
      new ClosedLead(lead("A", "won", "FR"), PlsOutcome.WON),
      new ClosedLead(lead("A", "proposal", "BE"), PlsOutcome.LOST),
      new ClosedLead(lead("A", "new", "FR"), PlsOutcome.LOST),
      new ClosedLead(lead("A", "new", "BE"), PlsOutcome.LOST),
      new ClosedLead(lead(null, "won", "FR"), PlsOutcome.WON));

  final FrequencyTable table = FrequencyTable.recount(MODEL, CLOSED);
  final PredictiveLeadScorer scorer = PredictiveLeadScorer.of(MODEL, table);

  @Test
  void theTableCountsWonLeadsInEveryStageAndLostLeadsUpToTheirStage() {
    Optional<String> a = Optional.of("A");
    assertThat(table.counts(a, "stage_id", "new")).contains(new FrequencyCounts(2, 3));
    assertThat(table.counts(a, "stage_id", "proposal")).contains(new FrequencyCounts(2, 1));
    assertThat(table.counts(a, "stage_id", "won")).contains(new FrequencyCounts(2, 0));
    assertThat(table.counts(a, "country_id", "BE")).contains(new FrequencyCounts(1, 2));
    assertThat(table.counts(Optional.empty(), "stage_id", "new")).contains(new FrequencyCounts(1, 0));
    assertThat(table.teams()).containsExactly("A");
  }

  @Test
  void aTeamsLeadIsScoredFromTheTeamsCountsAsComputedByHand() {
    // Smoothed team A counts (+0.1): first stage 'new' won 2.1 / lost 3.1 -> totals; 'proposal' 2.1 / 1.1;
    // country BE 1.1 / 2.1, FR 1.1 / 1.1 -> country totals 2.2 / 3.2.
    // won score  = P(won) * P(proposal|won) * P(BE|won)   = (2.1/5.2) * (2.1/2.1) * (1.1/2.2) = 1.05/5.2
    // lost score = P(lost) * P(proposal|lost) * P(BE|lost) = (3.1/5.2) * (1.1/3.1) * (2.1/3.2) = 0.721875/5.2
    // probability = 1.05 / (1.05 + 0.721875) = 16/27 = 59.259...% -> 59.26; odds 16/11
    LeadProbability p = scorer.score(lead("A", "proposal", "BE"));

    assertThat(p.status()).isEqualTo(LeadProbability.Status.COMPUTED);
    assertThat(p.basis()).isEqualTo(LeadProbability.Basis.TEAM);
    assertThat(p.probability()).contains(new BigDecimal("59.26"));
    assertThat(p.priorLogOdds()).isCloseTo(Math.log(2.1 / 3.1), within(1e-12));
    assertThat(p.contributions()).extracting(FeatureContribution::variable).containsExactly("stage_id", "country_id");
    assertThat(p.contributions().get(0).logOdds()).isCloseTo(Math.log(3.1 / 1.1), within(1e-12));
    assertThat(p.contributions().get(1).logOdds()).isCloseTo(Math.log(1.6 / 2.1), within(1e-12));
    assertThat(p.logOdds()).isCloseTo(Math.log(16.0 / 11.0), within(1e-12));
  }

  @Test
  void aLeadOfATeamWithoutCountsOrWithoutTeamFallsBackToAllTeams() {
    // All teams = team A's rows + the no-team rows (each smoothed on its own):
    // 'new' won 2.1+1.1 = 3.2, lost 3.1+0.1 = 3.2; 'proposal' 2.1+1.1 = 3.2 / 1.1+0.1 = 1.2;
    // BE 1.1 / 2.1; FR 1.1+1.1 = 2.2 / 1.1+0.1 = 1.2 -> country totals 3.3 / 3.3.
    // odds = (3.2/3.2) * (3.2/3.2)/(1.2/3.2) * (1.1/3.3)/(2.1/3.3) = (8/3) * (11/21) = 88/63
    // probability = 88/151 = 58.278...% -> 58.28
    for (String team : new String[] {"B", null}) {
      LeadProbability p = scorer.score(lead(team, "proposal", "BE"));
      assertThat(p.basis()).isEqualTo(LeadProbability.Basis.ALL_TEAMS);
      assertThat(p.probability()).contains(new BigDecimal("58.28"));
      assertThat(p.logOdds()).isCloseTo(Math.log(88.0 / 63.0), within(1e-12));
    }
  }

  @Test
  void noStageScoresZeroAndAWonStageAHundred() {
    assertThat(scorer.score(lead("A", null, "BE")).probability()).contains(BigDecimal.ZERO);
    assertThat(scorer.score(lead("A", "won", "BE")).status()).isEqualTo(LeadProbability.Status.WON_STAGE);
    assertThat(scorer.score(lead("A", "won", "BE")).probability()).contains(new BigDecimal("100"));
  }

  @Test
  void valuesWithoutARowAreSkipped() {
    LeadProbability withUnknown = scorer.score(lead("A", "proposal", "JP"));
    LeadProbability without = scorer.score(lead("A", "proposal", null));

    assertThat(withUnknown.probability()).isEqualTo(without.probability());
    assertThat(withUnknown.contributions()).extracting(FeatureContribution::variable).containsExactly("stage_id");
  }

  @Test
  void withoutAFirstStageRowThereIsNoProbabilityButSmoothingScoresATeamThatOnlyWon() {
    LeadProbability none = PredictiveLeadScorer.of(MODEL, FrequencyTable.empty(ACME)).score(lead("A", "new", "BE"));
    assertThat(none.status()).isEqualTo(LeadProbability.Status.NOT_COMPUTABLE);
    assertThat(none.probability()).isEmpty();

    // one won lead: 'new' won 1.1 / lost 0.1 (smoothing), BE 1.1 / 0.1 alone in its variable
    // odds = (1.1/0.1) * (1.1/1.1)/(0.1/0.1) * (1.1/1.1)/(0.1/0.1) = 11 -> 11/12 = 91.666...% -> 91.67
    FrequencyTable onlyWon = FrequencyTable.recount(MODEL, List.of(new ClosedLead(lead("A", "won", "BE"), PlsOutcome.WON)));
    assertThat(PredictiveLeadScorer.of(MODEL, onlyWon).score(lead("A", "new", "BE")).probability()).contains(new BigDecimal("91.67"));
  }

  @Test
  void probabilitiesStayWithinOdoosBoundsOfOneHundredthAnd99point99() {
    List<ClosedLead> lopsided = new ArrayList<>();
    for (int i = 0; i < 4000; i++) {
      lopsided.add(new ClosedLead(lead("A", "new", "BE"), PlsOutcome.LOST));
    }
    lopsided.add(new ClosedLead(lead("A", "won", "FR"), PlsOutcome.WON));
    PredictiveLeadScorer s = PredictiveLeadScorer.of(MODEL, FrequencyTable.recount(MODEL, lopsided));

    assertThat(s.score(lead("A", "new", "BE")).probability()).contains(new BigDecimal("0.01"));
  }

  @Test
  void tagsCountOnlyWithASupportOfFiftyClosedLeads() {
    PredictiveScoringModel withTags = new PredictiveScoringModel(ACME, MODEL.stages(), List.of(PlsVariable.TAGS), MODEL.startDate());
    List<ClosedLead> closed = new ArrayList<>();
    for (int i = 0; i < 49; i++) {
      closed.add(new ClosedLead(tagged(i % 2 == 0 ? "won" : "new", "rare", "common"), i % 2 == 0 ? PlsOutcome.WON : PlsOutcome.LOST));
    }
    closed.add(new ClosedLead(tagged("new", "common"), PlsOutcome.LOST));
    LeadProbability p = PredictiveLeadScorer.of(withTags, FrequencyTable.recount(withTags, closed)).score(tagged("new", "rare", "common"));

    // 'rare' is on 49 closed leads: ignored; 'common' on 50: used
    assertThat(p.contributions()).extracting(FeatureContribution::value).containsExactly("new", "common");
  }

  @Test
  void absenceIsAValueForEmailAndPhoneStates() {
    PredictiveScoringModel states = new PredictiveScoringModel(ACME, MODEL.stages(),
        List.of(PlsVariable.EMAIL_STATE, PlsVariable.COUNTRY), MODEL.startDate());
    Prospect p = new Prospect(ACME, "l-1", Map.of("stage_id", List.of("new"), "team_id", List.of("A")), List.of());

    PlsObservation o = states.observe(p, Prospect.EXTRACTOR);

    assertThat(o.values()).containsExactly(Map.entry("email_state", List.of("None")));
    assertThat(o.stage()).contains("new");
    assertThat(o.team()).contains("A");
  }

  @Test
  void leadsCreatedBeforeTheStartDateAreNotLearntFrom() {
    PlsObservation old = new PlsObservation(Optional.of("A"), Optional.of("new"), Map.of(), Optional.of(Instant.parse("2024-12-31T23:59:59Z")));

    assertThat(table.record(MODEL, old, PlsOutcome.LOST)).isEqualTo(table);
  }

  @Test
  void refusesOtherTenantsAndUnknownStages() {
    assertThatThrownBy(() -> PredictiveLeadScorer.of(MODEL, FrequencyTable.empty(TenantId.of("globex"))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> table.record(MODEL, lead("A", "nowhere", "BE"), PlsOutcome.LOST))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("stage_id"));
    assertThatThrownBy(() -> new PredictiveScoringModel(ACME, List.of(), List.of(), MODEL.startDate()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("stages"));
    assertThatThrownBy(() -> PlsVariable.field("stage_id")).isInstanceOf(ValidationException.class);
  }

  @Test
  void theTableRoundTripsThroughItsRows() {
    assertThat(FrequencyTable.of(ACME, table.entries())).isEqualTo(table);
  }

  static PlsObservation tagged(String stage, String... tags) {
    return new PlsObservation(Optional.of("A"), Optional.of(stage), Map.of("tag_id", List.of(tags)), Optional.of(CREATED));
  }
}
