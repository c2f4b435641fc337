package io.crmkit.service.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.service.cases.CaseId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The "CSAT, NPS and agent recognition" snippet of crm-service/README.md is the body of {@link #scoresAndLeaderboard()}. */
class FeedbackReadmeSnippetTest {
  private static final String SOURCE = "src/test/java/io/crmkit/service/feedback/FeedbackReadmeSnippetTest.java";

  @Test
  void scoresAndLeaderboard() {
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    TenantStore acme = InMemoryStore.create().forTenant(TenantId.of("acme"));
    // readme:begin
    Surveys surveys = Surveys.of(acme, clock);
    CaseId printer = new CaseId("c-1");
    surveys.answer(SurveySubmission.of(printer, SurveyKind.CSAT, 3).byAgent("ann").inTeam("tier-1"));
    surveys.answer(SurveySubmission.of(printer, SurveyKind.CSAT, 5).withComment("Fixed in minutes"));  // replaces 3, kept in history
    surveys.answer(SurveySubmission.of(new CaseId("c-2"), SurveyKind.CSAT, 2).byAgent("bob").inTeam("tier-1"));

    List<SurveyResponse> responses;
    try (Stream<SurveyResponse> all = surveys.all()) {
      responses = all.toList();
    }
    List<ScoreSummary> csat = SurveyScores.report(responses, SurveyKind.CSAT, ChronoUnit.MONTHS, ZoneOffset.UTC, ScoreGrouping.TEAM);
    System.out.println(csat.get(0).score() + "% satisfied of " + csat.get(0).count());   // 50.0% satisfied of 2

    List<Award> awards = RecognitionPolicy.standard().awards(List.of(
        new Achievement.CaseSolved("ann", printer, clock.instant()),
        Achievement.CaseRated.of(surveys.find(printer, SurveyKind.CSAT).orElseThrow())));
    Leaderboard march = Leaderboards.of(awards, ChronoUnit.MONTHS, ZoneOffset.UTC).get(0);
    System.out.println(march.entries().get(0).awards().get(1).explanation());  // csat_delighted (CSAT 5–5): +15 for case c-1 rated CSAT 5
    // readme:end

    assertThat(csat).singleElement().satisfies(s -> {
      assertThat(s.group()).contains("tier-1");
      assertThat(s.score()).isEqualTo(50.0);
      assertThat(s.count()).isEqualTo(2);
    });
    assertThat(surveys.find(printer, SurveyKind.CSAT).orElseThrow().history()).extracting(SurveyAnswer::score).containsExactly(3);
    assertThat(march.periodStart()).isEqualTo(LocalDate.parse("2026-03-01"));
    assertThat(march.entries()).singleElement().satisfies(e -> {
      assertThat(e.agent()).isEqualTo("ann");
      assertThat(e.total()).isEqualTo(25);
    });
    assertThat(march.entries().get(0).awards().get(1).explanation()).isEqualTo("csat_delighted (CSAT 5–5): +15 for case c-1 rated CSAT 5");
  }

  @Test
  void readmeShowsThisTestsCode() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int marker = readme.indexOf("<!-- snippet: the body of " + SOURCE);
    assertThat(marker).as("the README marks the feedback snippet").isNotNegative();
    int start = readme.indexOf("```java\n", marker) + "```java\n".length();
    List<String> snippet = lines(readme.substring(start, readme.indexOf("```", start)));
    String source = Files.readString(Path.of(SOURCE));
    int from = source.indexOf("// readme:" + "begin");
    List<String> code = lines(source.substring(source.indexOf('\n', from) + 1, source.indexOf("// readme:" + "end")));
    assertThat(snippet).isNotEmpty().isEqualTo(code);
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
