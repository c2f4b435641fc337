package io.crmkit.service.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.service.cases.CaseId;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FeedbackProperties {
  private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
  private static final TenantId TENANT = TenantId.of("acme");

  private static Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(0, 400L * 86_400).map(FROM::plusSeconds);
  }

  @Provide
  Arbitrary<List<SurveyResponse>> responses() {
    Arbitrary<SurveyResponse> one = Combinators.combine(
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6), Arbitraries.of(SurveyKind.class),
            Arbitraries.integers().between(0, 10), instants(), Arbitraries.of("ann", "bob", "cy").optional(), Arbitraries.of("t1", "t2").optional())
        .as((c, kind, raw, at, agent, team) -> {
          int score = kind.min() + raw % (kind.max() - kind.min() + 1);
          CaseId id = new CaseId(c);
          return new SurveyResponse(SurveyResponseId.of(id, kind), TENANT, 1, id, kind, new SurveyAnswer(score, Optional.empty(), at), agent, team, List.of());
        });
    return one.list().ofMaxSize(60);
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"), ZoneId.of("Pacific/Kiritimati"), ZoneId.of("America/St_Johns"));
  }

  @Provide
  Arbitrary<ChronoUnit> periods() {
    return Arbitraries.of(ChronoUnit.DAYS, ChronoUnit.WEEKS, ChronoUnit.MONTHS, ChronoUnit.YEARS);
  }

  @Property(tries = 150)
  void npsStaysWithinMinusAndPlusHundredAndCountsEveryResponse(
      @ForAll("responses") List<SurveyResponse> responses, @ForAll("periods") ChronoUnit period, @ForAll("zones") ZoneId zone,
      @ForAll ScoreGrouping grouping) {
    for (SurveyKind kind : SurveyKind.values()) {
      List<ScoreSummary> report = SurveyScores.report(responses, kind, period, zone, grouping);
      long expected = responses.stream().filter(r -> r.kind() == kind).filter(r -> grouping == ScoreGrouping.ALL || grouping.groupOf(r).isPresent()).count();
      assertThat(report.stream().mapToLong(ScoreSummary::count).sum()).isEqualTo(expected);
      for (ScoreSummary s : report) {
        if (kind == SurveyKind.NPS) {
          assertThat(s.score()).isBetween(-100.0, 100.0);
        } else {
          assertThat(s.score()).isBetween(0.0, 100.0);
        }
      }
    }
  }

  @Provide
  Arbitrary<List<Achievement>> achievements() {
    Arbitrary<String> agents = Arbitraries.of("ann", "bob", "cy", "dee");
    Arbitrary<CaseId> cases = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4).map(CaseId::new);
    Arbitrary<Achievement> solved = Combinators.combine(agents, cases, instants()).as(Achievement.CaseSolved::new);
    Arbitrary<Achievement> sla = Combinators.combine(agents, cases, Arbitraries.of("first_response", "resolution"), instants()).as(Achievement.SlaMet::new);
    Arbitrary<Achievement> csat = Combinators.combine(agents, cases, Arbitraries.integers().between(1, 5), instants())
        .as((a, c, s, t) -> new Achievement.CaseRated(a, c, SurveyKind.CSAT, s, t));
    Arbitrary<Achievement> nps = Combinators.combine(agents, cases, Arbitraries.integers().between(0, 10), instants())
        .as((a, c, s, t) -> new Achievement.CaseRated(a, c, SurveyKind.NPS, s, t));
    return Arbitraries.oneOf(solved, sla, csat, nps).list().ofMaxSize(80);
  }

  @Property(tries = 150)
  void leaderboardTotalsEqualTheSumOfAwardsAndRanksAreStrict(
      @ForAll("achievements") List<Achievement> achievements, @ForAll("periods") ChronoUnit period, @ForAll("zones") ZoneId zone) {
    List<Award> awards = RecognitionPolicy.standard().awards(achievements);
    List<Leaderboard> boards = Leaderboards.of(awards, period, zone);
    long all = 0;
    int entries = 0;
    for (Leaderboard b : boards) {
      for (int i = 0; i < b.entries().size(); i++) {
        LeaderboardEntry e = b.entries().get(i);
        assertThat(e.rank()).isEqualTo(i + 1);
        assertThat(e.total()).isEqualTo(e.awards().stream().mapToLong(Award::points).sum())
            .isEqualTo(e.pointsByRule().values().stream().mapToLong(Long::longValue).sum());
        if (i > 0) {
          assertThat(e.total()).isLessThanOrEqualTo(b.entries().get(i - 1).total());
        }
        all += e.total();
        entries += e.awards().size();
      }
    }
    assertThat(all).isEqualTo(awards.stream().mapToLong(Award::points).sum());
    assertThat(entries).isEqualTo(awards.size());
    List<Award> reversed = new java.util.ArrayList<>(awards);
    java.util.Collections.reverse(reversed);
    assertThat(Leaderboards.of(reversed, period, zone).stream().map(b -> b.entries().stream().map(LeaderboardEntry::agent).toList()).toList())
        .isEqualTo(boards.stream().map(b -> b.entries().stream().map(LeaderboardEntry::agent).toList()).toList());
  }
}
