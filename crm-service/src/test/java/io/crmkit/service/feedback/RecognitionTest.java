package io.crmkit.service.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ValidationException;
import io.crmkit.service.cases.CaseId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecognitionTest {
  private static final Instant MARCH = Instant.parse("2026-03-10T12:00:00Z");
  private static final Instant APRIL = Instant.parse("2026-04-02T12:00:00Z");

  @Test
  void everyAwardNamesItsRuleAndTheLeaderboardAddsThemUp() {
    CaseId c1 = new CaseId("c-1");
    CaseId c2 = new CaseId("c-2");
    List<Achievement> done = List.of(
        new Achievement.CaseSolved("ann", c1, MARCH),
        new Achievement.SlaMet("ann", c1, "first_response", MARCH),
        new Achievement.CaseRated("ann", c1, SurveyKind.CSAT, 5, MARCH),
        new Achievement.CaseSolved("bob", c2, MARCH),
        new Achievement.CaseRated("bob", c2, SurveyKind.NPS, 3, MARCH),
        new Achievement.CaseSolved("bob", c2, APRIL));
    RecognitionPolicy policy = RecognitionPolicy.standard();
    List<Award> awards = policy.awards(done);

    assertThat(awards).extracting(Award::rule).containsExactly("case_solved", "sla_met", "csat_delighted", "case_solved", "nps_detractor", "case_solved");
    assertThat(awards.get(2).explanation()).isEqualTo("csat_delighted (CSAT 5–5): +15 for case c-1 rated CSAT 5");

    List<Leaderboard> boards = Leaderboards.of(awards, ChronoUnit.MONTHS, ZoneOffset.UTC);
    assertThat(boards).extracting(Leaderboard::periodStart).containsExactly(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-04-01"));
    LeaderboardEntry top = boards.get(0).entries().get(0);
    assertThat(top.agent()).isEqualTo("ann");
    assertThat(top.total()).isEqualTo(10 + 5 + 15);
    assertThat(top.pointsByRule()).containsExactly(Map.entry("case_solved", 10L), Map.entry("sla_met", 5L), Map.entry("csat_delighted", 15L));
    assertThat(boards.get(0).entries().get(1)).extracting(LeaderboardEntry::rank, LeaderboardEntry::total).containsExactly(2, 5L);
    assertThat(boards.get(1).entries()).singleElement().extracting(LeaderboardEntry::agent).isEqualTo("bob");
  }

  @Test
  void tiesAreBrokenByFewerAwardsThenAgentId() {
    RecognitionPolicy policy = RecognitionPolicy.of(RecognitionRule.caseSolved("solved", 10), RecognitionRule.slaMet("resolution", "resolution", 20));
    List<Award> awards = policy.awards(List.of(
        new Achievement.CaseSolved("zoe", new CaseId("a"), MARCH),
        new Achievement.CaseSolved("zoe", new CaseId("b"), MARCH),
        new Achievement.SlaMet("yan", new CaseId("c"), "resolution", MARCH),
        new Achievement.SlaMet("xia", new CaseId("d"), "resolution", MARCH),
        new Achievement.SlaMet("xia", new CaseId("d"), "first_response", MARCH)));  // no rule for this metric
    assertThat(awards).hasSize(4);
    assertThat(Leaderboards.of(awards, ChronoUnit.WEEKS, ZoneOffset.UTC).get(0).entries())
        .extracting(LeaderboardEntry::agent, LeaderboardEntry::rank)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("xia", 1), org.assertj.core.groups.Tuple.tuple("yan", 2),
            org.assertj.core.groups.Tuple.tuple("zoe", 3));
  }

  @Test
  void rulesAreValidated() {
    assertThatThrownBy(() -> RecognitionPolicy.of(RecognitionRule.caseSolved("x", 1), RecognitionRule.slaMet("x", 2)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("used twice");
    assertThatThrownBy(() -> RecognitionRule.rating("r", SurveyKind.CSAT, 5, 4, 1)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> RecognitionRule.rating("r", SurveyKind.CSAT, 0, 5, 1)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> RecognitionRule.caseSolved("r", 0)).isInstanceOf(ValidationException.class).hasMessageContaining("not 0");
  }
}
