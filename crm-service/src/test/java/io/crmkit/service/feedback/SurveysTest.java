package io.crmkit.service.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.service.cases.CaseId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SurveysTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
  private final TenantStore acme = InMemoryStore.create().forTenant(TenantId.of("acme"));
  private final Surveys surveys = Surveys.of(acme, clock);

  @Test
  void oneResponsePerCaseAndKindAndReAnsweringKeepsHistory() {
    CaseId c = new CaseId("c-1");
    SurveyResponse first = surveys.answer(SurveySubmission.of(c, SurveyKind.CSAT, 2).withComment("Slow").byAgent("u-7").inTeam("tier-1"));
    clock.advance(Duration.ofHours(3));
    SurveyResponse second = surveys.answer(SurveySubmission.of(c, SurveyKind.CSAT, 5).withComment("Fixed after all"));
    surveys.answer(SurveySubmission.of(c, SurveyKind.NPS, 9));

    assertThat(second.id()).isEqualTo(first.id());
    assertThat(second.version()).isEqualTo(first.version() + 1);
    assertThat(second.score()).isEqualTo(5);
    assertThat(second.history()).containsExactly(first.answer());
    assertThat(second.agent()).contains("u-7");          // kept from the first answer
    assertThat(second.answer().answeredAt()).isEqualTo(clock.instant());
    assertThat(surveys.find(c, SurveyKind.CSAT)).contains(second);
    assertThat(surveys.forCase(c)).extracting(SurveyResponse::kind).containsExactlyInAnyOrder(SurveyKind.CSAT, SurveyKind.NPS);
  }

  @Test
  void scoresOffTheScaleAreRefused() {
    assertThatThrownBy(() -> SurveySubmission.of(new CaseId("c"), SurveyKind.CSAT, 0))
        .isInstanceOf(ValidationException.class).hasMessageContaining("1 to 5");
    assertThatThrownBy(() -> SurveySubmission.of(new CaseId("c"), SurveyKind.NPS, 11))
        .isInstanceOf(ValidationException.class).hasMessageContaining("0 to 10");
    assertThat(SurveyResponseId.of(new CaseId("x".repeat(128)), SurveyKind.NPS).value()).startsWith("nps:sha256-").hasSize(4 + 7 + 64);
  }

  @Test
  void csatIsTheShareOfFoursAndFivesAndNpsIsPromotersMinusDetractors() {
    int[] npsScores = {10, 9, 8, 7, 6, 0, 10};     // 3 promoters, 2 passives, 2 detractors
    int[] csatScores = {5, 4, 3, 1};              // 2 satisfied of 4
    for (int i = 0; i < npsScores.length; i++) {
      surveys.answer(SurveySubmission.of(new CaseId("n" + i), SurveyKind.NPS, npsScores[i]).byAgent(i % 2 == 0 ? "ann" : "bob"));
    }
    for (int i = 0; i < csatScores.length; i++) {
      surveys.answer(SurveySubmission.of(new CaseId("s" + i), SurveyKind.CSAT, csatScores[i]).inTeam("tier-1"));
    }
    clock.advance(Duration.ofDays(31));
    surveys.answer(SurveySubmission.of(new CaseId("late"), SurveyKind.NPS, 0).byAgent("ann"));
    List<SurveyResponse> all;
    try (Stream<SurveyResponse> s = surveys.all()) {
      all = s.collect(Collectors.toList());
    }
    ZoneId zone = ZoneId.of("Europe/Berlin");

    List<ScoreSummary> nps = SurveyScores.report(all, SurveyKind.NPS, ChronoUnit.MONTHS, zone, ScoreGrouping.ALL);
    assertThat(nps).extracting(ScoreSummary::periodStart).containsExactly(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-04-01"));
    assertThat(nps.get(0).count()).isEqualTo(7);
    assertThat(nps.get(0).score()).isCloseTo(100.0 * (3 - 2) / 7, within(1e-9));
    assertThat(nps.get(1).score()).isEqualTo(-100.0);

    List<ScoreSummary> byAgent = SurveyScores.report(all, SurveyKind.NPS, ChronoUnit.MONTHS, zone, ScoreGrouping.AGENT);
    assertThat(byAgent).extracting(s -> s.group().orElseThrow(), ScoreSummary::count)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ann", 4L), org.assertj.core.groups.Tuple.tuple("bob", 3L),
            org.assertj.core.groups.Tuple.tuple("ann", 1L));

    List<ScoreSummary> csat = SurveyScores.report(all, SurveyKind.CSAT, ChronoUnit.WEEKS, zone, ScoreGrouping.TEAM);
    assertThat(csat).singleElement().satisfies(s -> {
      assertThat(s.group()).contains("tier-1");
      assertThat(s.score()).isEqualTo(50.0);
      assertThat(s.neutral()).isEqualTo(1);
    });
    assertThat(SurveyScores.report(all, SurveyKind.CSAT, ChronoUnit.WEEKS, zone, ScoreGrouping.AGENT)).isEmpty();
    assertThat(new ScoreSummary(SurveyKind.NPS, LocalDate.EPOCH, Optional.empty(), 3, 3, 1).score()).isCloseTo(200.0 / 7, within(1e-9));
  }

  /** A clock tests move forward. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant start) {
      now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
