package io.crmkit.sales.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The snippet of crm-sales/README.md's Scoring section is the body of {@link #scoring()}, word for word, and it holds. */
class ScoringReadmeSnippetTest {
  static final TenantId acme = TenantId.of("acme");
  static final Instant asOf = Instant.parse("2026-03-01T00:00:00Z");

  /** A host's lead, as far as the snippet needs one. */
  record MyLead(String id, String country, List<EngagementEvent> events) {}

  @Test
  void scoring() {
    // readme:begin
    ScoringExtractor<MyLead> extractor = ScoringExtractor.of(l -> acme, l -> new RecordRef("lead", l.id()),
        (l, field) -> field.equals("country") ? List.of(l.country()) : List.of(), MyLead::events);
    RuleScoringModel model = new RuleScoringModel(acme, "lead-score", List.of(
        ScoreGroup.fit("fit", List.of(ScoringRule.fit("in-germany", Criteria.eq(FieldRef.text("country"), "DE"), 20))),
        ScoreGroup.engagement("engagement", DecayPolicy.halfLife(Duration.ofDays(30)),
            List.of(ScoringRule.engagement("opened", Set.of("email_opened"), 10))).withMax(50)));
    MyLead lead = new MyLead("l-1", "DE", List.of(new EngagementEvent("email_opened", asOf.minus(Duration.ofDays(30)))));
    RuleScore score = RuleScorer.of(model, extractor).score(lead, asOf);   // 20 + 10 halved = 25, with contributions

    PredictiveScoringModel pls = new PredictiveScoringModel(acme,
        List.of(new PlsStage("new", 1, false), new PlsStage("proposal", 2, false), new PlsStage("won", 3, true)),
        List.of(PlsVariable.COUNTRY), LocalDate.parse("2025-01-01"));
    Optional<Instant> created = Optional.of(Instant.parse("2025-06-01T00:00:00Z"));
    FrequencyTable table = FrequencyTable.recount(pls, List.of(
        new ClosedLead(new PlsObservation(Optional.of("eu"), Optional.of("won"), Map.of("country_id", List.of("DE")), created), PlsOutcome.WON),
        new ClosedLead(new PlsObservation(Optional.of("eu"), Optional.of("new"), Map.of("country_id", List.of("FR")), created), PlsOutcome.LOST)));
    LeadProbability p = PredictiveLeadScorer.of(pls, table)
        .score(new PlsObservation(Optional.of("eu"), Optional.of("proposal"), Map.of("country_id", List.of("DE")), Optional.empty()));

    ThresholdDecision d = ScoreThresholds.evaluate(new ScoreThreshold("sales-ready", 25, 20),
        ThresholdState.outside(acme, score.subject(), "sales-ready"), score.total(), asOf);   // raises ScoreThresholdCrossed once
    // readme:end

    assertThat(score.total()).isEqualTo(25.0);
    assertThat(score.contributions()).extracting(RuleContribution::rule).containsExactly("in-germany", "opened");
    // 'new' 1.1/1.1 -> prior 1/2; 'proposal' won 1.1/1.1, lost 0.1/1.1; DE won 1.1/1.2, lost 0.1/1.2
    // odds = 1 * 11 * 11 = 121 -> 121/122 = 99.18%
    assertThat(p.probability()).contains(new BigDecimal("99.18"));
    assertThat(d.event()).hasValueSatisfying(e -> assertThat(e.direction()).isEqualTo(CrossingDirection.ENTERED));
  }

  @Test
  void readmeShowsThisTestsCode() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int section = readme.indexOf("## Scoring (`io.crmkit.sales.scoring`)");
    assertThat(section).isNotNegative();
    int start = readme.indexOf("```java\n", section) + "```java\n".length();
    List<String> snippet = lines(readme.substring(start, readme.indexOf("```", start)));
    String source = Files.readString(Path.of("src/test/java/io/crmkit/sales/scoring/ScoringReadmeSnippetTest.java"));
    int from = source.indexOf("// readme:begin");
    List<String> code = lines(source.substring(source.indexOf('\n', from) + 1, source.indexOf("// readme:end")));
    assertThat(snippet).isNotEmpty().isEqualTo(code);
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }
}
