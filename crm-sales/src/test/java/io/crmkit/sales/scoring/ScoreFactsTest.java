package io.crmkit.sales.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.score.Score;
import io.crmkit.core.score.Scores;
import io.crmkit.core.store.memory.InMemoryStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Scorer results recorded as crm-core scores, with their contributions in words. */
class ScoreFactsTest {
  static final TenantId ACME = TenantId.of("acme");
  static final Instant AS_OF = Instant.parse("2026-03-01T00:00:00Z");
  final Scores scores = Scores.of(InMemoryStore.create().forTenant(ACME), Clock.fixed(AS_OF.plusSeconds(3600), ZoneOffset.UTC));

  @Test
  void aRuleScoreIsRecordedAsOfItsInstantWithItsLargestContributionsFirst() {
    RuleScoringModel model = new RuleScoringModel(ACME, "lead-fit", List.of(
        ScoreGroup.fit("fit", List.of(ScoringRule.fit("in-germany", Criteria.eq(FieldRef.text("country"), "DE"), 20))),
        ScoreGroup.engagement("engagement", DecayPolicy.none(),
            List.of(ScoringRule.engagement("opened", Set.of("email_opened"), 30)))));
    Prospect lead = new Prospect(ACME, "l-1", Map.of("country", List.<Object>of("DE")),
        List.of(new EngagementEvent("email_opened", AS_OF.minus(Duration.ofDays(2)))));
    RuleScore score = RuleScorer.of(model, Prospect.EXTRACTOR).score(lead, AS_OF);

    Score recorded = ScoreFacts.record(scores, score, Optional.of("A"));

    assertThat(recorded.subject()).isEqualTo(new RecordRef("lead", "l-1"));
    assertThat(recorded.model()).isEqualTo("lead-fit");
    assertThat(recorded.value()).isEqualTo(50.0);
    assertThat(recorded.computedAt()).isEqualTo(AS_OF);
    assertThat(recorded.band()).contains("A");
    assertThat(recorded.contributions()).containsExactly("+30.00 opened (engagement)", "+20.00 in-germany (fit)");
    assertThat(scores.latest(recorded.subject(), "lead-fit")).contains(recorded);
  }

  @Test
  void probabilitiesAreRecordedInPercentUnlessTheyCouldNotBeComputed() {
    RecordRef opp = new RecordRef("opportunity", "o-1");
    WinProbability win = new WinProbability(new BigDecimal("62.50"), new BigDecimal("40"), 0.0, LeadProbability.Basis.TEAM,
        List.of(new FeatureContribution("country_id", "DE", 0.6, 0.3, Math.log(2)), new FeatureContribution("source_id", "web", 0.5, 0.5, 0)));
    Score s = ScoreFacts.record(scores, opp, "win-probability", win);
    assertThat(s.value()).isEqualTo(62.5);
    assertThat(s.contributions()).containsExactly("stage default 40%", "country_id=DE: log-odds +0.69", "source_id=web: log-odds +0.00");

    LeadProbability none = new LeadProbability(LeadProbability.Status.NOT_COMPUTABLE, Optional.empty(), LeadProbability.Basis.NONE, 0, List.of());
    assertThatThrownBy(() -> ScoreFacts.record(scores, new RecordRef("lead", "l-2"), "pls", none))
        .isInstanceOf(ValidationException.class).hasMessageContaining("NOT_COMPUTABLE");
    assertThat(scores.latest(new RecordRef("lead", "l-2"), "pls")).isEmpty();
    LeadProbability some = new LeadProbability(LeadProbability.Status.COMPUTED, Optional.of(new BigDecimal("99.18")), LeadProbability.Basis.ALL_TEAMS,
        0, List.of(new FeatureContribution("country_id", "D".repeat(600), 0.9, 0.1, 2.2)));
    Score pls = ScoreFacts.record(scores, new RecordRef("lead", "l-2"), "pls", some);
    assertThat(pls.value()).isEqualTo(99.18);
    assertThat(pls.contributions()).hasSize(2).first().isEqualTo("basis ALL_TEAMS");
    assertThat(pls.contributions().get(1)).hasSize(Score.MAX_CONTRIBUTION_LENGTH).endsWith("…");
  }
}
