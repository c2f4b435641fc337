package io.crmkit.sales.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.ValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OpportunityWinProbabilityTest {
  final OpportunityWinProbability wins = OpportunityWinProbability.of(
      PredictiveLeadScorer.of(PredictiveLeadScorerTest.MODEL, FrequencyTable.recount(PredictiveLeadScorerTest.MODEL, PredictiveLeadScorerTest.CLOSED)));

  @Test
  void theStageDefaultIsThePriorAndTheOtherValuesMoveIt() {
    // team A: P(BE|won) = 1.1/2.2, P(BE|lost) = 2.1/3.2 -> ratio 16/21; stage default 40% -> odds 2/3
    // odds = 2/3 * 16/21 = 32/63 -> 32/95 = 33.684...% -> 33.68
    WinProbability p = wins.estimate(new BigDecimal("40"), PredictiveLeadScorerTest.lead("A", "proposal", "BE"));

    assertThat(p.probability()).isEqualByComparingTo("33.68");
    assertThat(p.stageLogOdds()).isCloseTo(Math.log(2.0 / 3.0), within(1e-12));
    assertThat(p.contributions()).extracting(FeatureContribution::variable).containsExactly("country_id");
    assertThat(p.logOdds()).isCloseTo(Math.log(32.0 / 63.0), within(1e-12));
  }

  @Test
  void closedStagesKeepTheirDefault() {
    assertThat(wins.estimate(BigDecimal.ZERO, PredictiveLeadScorerTest.lead("A", "new", "BE")).probability()).isEqualByComparingTo("0");
    assertThat(wins.estimate(new BigDecimal("100"), PredictiveLeadScorerTest.lead("A", "won", "BE")).probability()).isEqualByComparingTo("100");
    assertThatThrownBy(() -> wins.estimate(new BigDecimal("101"), PredictiveLeadScorerTest.lead("A", "new", "BE")))
        .isInstanceOf(ValidationException.class);
  }
}
