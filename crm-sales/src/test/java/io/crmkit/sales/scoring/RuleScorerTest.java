package io.crmkit.sales.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.AccessDeniedException;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RuleScorerTest {
  static final TenantId ACME = TenantId.of("acme");
  static final FieldRef<String> COUNTRY = FieldRef.text("country");
  static final FieldRef<Long> EMPLOYEES = FieldRef.number("employees");
  static final Instant AS_OF = Instant.parse("2026-03-01T00:00:00Z");

  static final ScoreGroup FIT = ScoreGroup.fit("fit", List.of(
      ScoringRule.fit("in-germany", Criteria.eq(COUNTRY, "DE"), 20),
      ScoringRule.fit("big-company", Criteria.atLeast(EMPLOYEES, 500L), 30),
      ScoringRule.fit("student", Criteria.eq(FieldRef.text("title"), "student"), -15)));
  static final ScoreGroup ENGAGEMENT = ScoreGroup.engagement("engagement", DecayPolicy.halfLife(Duration.ofDays(30)), List.of(
      ScoringRule.engagement("opened-email", Set.of("email_opened"), 5),
      ScoringRule.engagement("unsubscribed", Set.of("unsubscribed"), -10)));

  static Prospect prospect(Map<String, List<Object>> fields, List<EngagementEvent> events) {
    return new Prospect(ACME, "l-1", fields, events);
  }

  RuleScorer<Prospect> scorer(ScoreGroup... groups) {
    return RuleScorer.of(new RuleScoringModel(ACME, "lead-score", List.of(groups)), Prospect.EXTRACTOR);
  }

  @Nested
  @DisplayName("fit rules")
  class Fit {
    @Test
    void addMatchingRulesPointsAndExplainEachOne() {
      RuleScore s = scorer(FIT).score(prospect(Map.of("country", List.of("DE"), "employees", List.of(1200L)), List.of()), AS_OF);

      assertThat(s.total()).isEqualTo(50.0);
      assertThat(s.contributions()).extracting(RuleContribution::rule).containsExactly("in-germany", "big-company");
      assertThat(s.contributions()).allSatisfy(c -> assertThat(c.pointsAfterCap()).isEqualTo(c.pointsBeforeDecay()));
    }

    @Test
    void negativeRulesTakePointsAway() {
      RuleScore s = scorer(FIT).score(prospect(Map.of("country", List.of("DE"), "title", List.of("student")), List.of()), AS_OF);

      assertThat(s.total()).isEqualTo(5.0);
    }

    @Test
    void aCapTakesItsReductionFromThePositiveContributionsInProportion() {
      RuleScore s = scorer(FIT.withMax(25)).score(prospect(
          Map.of("country", List.of("DE"), "employees", List.of(900L), "title", List.of("student")), List.of()), AS_OF);

      // 20 + 30 - 15 = 35 > 25: positives (50) must shrink to 25 + 15 = 40, i.e. by 4/5
      GroupScore g = s.group("fit").orElseThrow();
      assertThat(g.afterDecay()).isEqualTo(35.0);
      assertThat(g.total()).isEqualTo(25.0);
      assertThat(g.capped()).isTrue();
      assertThat(g.contributions()).extracting(RuleContribution::pointsAfterCap).containsExactly(16.0, 24.0, -15.0);
    }

    @Test
    void aFloorTakesItsReductionFromTheNegativeContributions() {
      ScoreGroup floored = ScoreGroup.fit("fit", List.of(
          ScoringRule.fit("student", Criteria.eq(FieldRef.text("title"), "student"), -15),
          ScoringRule.fit("free-mail", Criteria.isPresent(FieldRef.text("freemail")), -10))).withMin(0);
      RuleScore s = scorer(floored).score(prospect(Map.of("title", List.of("student"), "freemail", List.of("yes")), List.of()), AS_OF);

      assertThat(s.total()).isEqualTo(0.0);
      assertThat(s.contributions()).allSatisfy(c -> assertThat(c.pointsAfterCap()).isCloseTo(0.0, within(1e-12)));
    }
  }

  @Nested
  @DisplayName("engagement rules")
  class Engagement {
    @Test
    void pointsHalveEveryHalfLifeAndLaterEventsDoNotCountYet() {
      List<EngagementEvent> events = List.of(
          new EngagementEvent("email_opened", AS_OF),
          new EngagementEvent("email_opened", AS_OF.minus(Duration.ofDays(30))),
          new EngagementEvent("email_opened", AS_OF.minus(Duration.ofDays(60))),
          new EngagementEvent("email_opened", AS_OF.plusSeconds(1)),
          new EngagementEvent("page_viewed", AS_OF));
      RuleScore s = scorer(ENGAGEMENT).score(prospect(Map.of(), events), AS_OF);

      RuleContribution c = s.contributions().get(0);
      assertThat(c.applications()).isEqualTo(3);
      assertThat(c.pointsBeforeDecay()).isEqualTo(15.0);
      assertThat(c.pointsAfterDecay()).isCloseTo(5 + 2.5 + 1.25, within(1e-12));
      assertThat(s.total()).isCloseTo(8.75, within(1e-12));
    }

    @Test
    void stepwiseDecayAppliesTheLastStepReached() {
      ScoreGroup stepped = ScoreGroup.engagement("engagement",
          DecayPolicy.stepwise(DecayPolicy.Step.afterMonths(1, 0.75), DecayPolicy.Step.afterMonths(3, 0.5)),
          List.of(ScoringRule.engagement("visit", Set.of("visit"), 10)));
      List<EngagementEvent> events = List.of(
          new EngagementEvent("visit", Instant.parse("2026-02-15T00:00:00Z")),   // 2 weeks: 10
          new EngagementEvent("visit", Instant.parse("2026-02-01T00:00:00Z")),   // exactly 1 month: 7.5
          new EngagementEvent("visit", Instant.parse("2025-11-30T00:00:00Z")),   // 3 months reached on 28 Feb: 5
          new EngagementEvent("visit", Instant.parse("2025-12-02T00:00:00Z")));  // 2 months and a bit: 7.5
      RuleScore s = scorer(stepped).score(prospect(Map.of(), events), AS_OF);

      assertThat(s.total()).isEqualTo(30.0);
    }

    @Test
    void fitAndEngagementAddUp() {
      RuleScore s = scorer(FIT, ENGAGEMENT).score(prospect(Map.of("country", List.of("DE")),
          List.of(new EngagementEvent("unsubscribed", AS_OF))), AS_OF);

      assertThat(s.total()).isEqualTo(10.0);
      assertThat(s.groups()).extracting(GroupScore::total).containsExactly(20.0, -10.0);
    }
  }

  @Nested
  @DisplayName("validation")
  class Validation {
    @Test
    void refusesRecordsOfAnotherTenant() {
      Prospect other = new Prospect(TenantId.of("globex"), "l-9", Map.of(), List.of());
      assertThatThrownBy(() -> scorer(FIT).score(other, AS_OF)).isInstanceOf(AccessDeniedException.class).hasMessageContaining("globex");
    }

    @Test
    void rejectsNonsenseDefinitionsNamingTheField() {
      assertRule(() -> ScoringRule.fit(" ", Criteria.all(), 1), "name");
      assertRule(() -> ScoringRule.fit("x", Criteria.all(), 0), "points");
      assertRule(() -> ScoringRule.fit("x", Criteria.all(), Double.NaN), "points");
      assertRule(() -> ScoringRule.engagement("x", Set.of(), 1), "eventTypes");
      assertRule(() -> FIT.withMax(-5), "max");
      assertRule(() -> FIT.withMin(3), "min");
      assertRule(() -> ScoreGroup.fit("fit", List.of()), "rules");
      assertRule(() -> new ScoreGroup("fit", ScoreGroupKind.FIT, FIT.rules(), DecayPolicy.halfLife(Duration.ofDays(1)),
          java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty()), "decay");
      assertRule(() -> ScoreGroup.fit("fit", List.of(ENGAGEMENT.rules().get(0))), "rules");
      assertRule(() -> ScoreGroup.fit("fit", List.of(
          ScoringRule.fit("a", Criteria.eq(COUNTRY, "DE"), 1), ScoringRule.fit("b", Criteria.eq(COUNTRY, "DE"), 2))), "rules");
      assertRule(() -> ScoreGroup.engagement("e", DecayPolicy.none(), List.of(
          ScoringRule.engagement("a", Set.of("open"), 1), ScoringRule.engagement("b", Set.of("open", "click"), 2))), "rules");
      assertRule(() -> new RuleScoringModel(ACME, "m", List.of(FIT, FIT)), "groups");
      assertRule(() -> new RuleScoringModel(ACME, "m", List.of(FIT, ScoreGroup.fit("fit2", FIT.rules()))), "rules");
      assertRule(() -> new RuleScoringModel(ACME, "", List.of(FIT)), "name");
      assertRule(() -> DecayPolicy.halfLife(Duration.ZERO), "halfLife");
      assertRule(() -> DecayPolicy.Step.afterMonths(2, 1.5), "factor");
      assertRule(() -> DecayPolicy.stepwise(), "steps");
      assertRule(() -> DecayPolicy.stepwise(DecayPolicy.Step.afterDays(3, 0.5), DecayPolicy.Step.afterDays(3, 0.2)), "steps");
    }

    @Test
    void aMissingArgumentIsANullPointerExceptionNamingIt() {
      assertThatThrownBy(() -> ScoringRule.fit("x", null, 1)).isInstanceOf(NullPointerException.class).hasMessage("condition");
    }

    @Test
    void anExtractorGivingTheWrongKindOfValueIsNamed() {
      Prospect p = prospect(Map.of("employees", List.of("many")), List.of());
      assertThatThrownBy(() -> scorer(FIT).score(p, AS_OF))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("employees"));
    }

    private void assertRule(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
      assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
  }
}
