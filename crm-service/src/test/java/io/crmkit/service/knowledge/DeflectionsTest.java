package io.crmkit.service.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ValidationException;
import io.crmkit.service.cases.CaseId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeflectionsTest {
  private static final ArticleId RESET = new ArticleId("reset");
  private static final ArticleId VPN = new ArticleId("vpn");
  private static final Instant T = Instant.parse("2026-03-02T10:00:00Z"); // a Monday

  @Test
  void aViewWithoutACaseInTheWindowIsADeflection() {
    List<ArticleView> views = List.of(
        new ArticleView("s1", RESET, T),                       // no case: deflected
        new ArticleView("s1", RESET, T.plusSeconds(60)),       // same session and article: counted once
        new ArticleView("s2", RESET, T),                       // case 2 hours later: escalated
        new ArticleView("s3", RESET, T),                       // case 2 days later: outside the window, deflected
        new ArticleView("s4", RESET, T.plus(Duration.ofDays(8))), // next week, window still open: pending
        new ArticleView("s2", VPN, T.plus(Duration.ofHours(3)))); // read after the case: deflected
    List<PortalCaseOpened> cases = List.of(
        new PortalCaseOpened("s2", new CaseId("c-1"), T.plus(Duration.ofHours(2))),
        new PortalCaseOpened("s3", new CaseId("c-2"), T.plus(Duration.ofDays(2))));
    Instant asOf = T.plus(Duration.ofDays(8)).plus(Duration.ofHours(1));

    List<DeflectionRate> rates = Deflections.rates(views, cases, Duration.ofHours(24), asOf, ChronoUnit.WEEKS, ZoneId.of("Europe/Berlin"));

    assertThat(rates).containsExactly(
        new DeflectionRate(RESET, LocalDate.parse("2026-03-02"), 3, 2, 1, 0),
        new DeflectionRate(VPN, LocalDate.parse("2026-03-02"), 1, 1, 0, 0),
        new DeflectionRate(RESET, LocalDate.parse("2026-03-09"), 0, 0, 0, 1));
    assertThat(rates.get(0).rate()).isEqualTo(2.0 / 3);
    assertThat(rates.get(2).rate()).isZero();
  }

  @Test
  void periodsFollowTheZoneAndBadInputIsRefused() {
    Instant lateSunday = Instant.parse("2026-03-01T23:30:00Z"); // Monday 00:30 in Berlin
    List<DeflectionRate> rates = Deflections.rates(List.of(new ArticleView("s", VPN, lateSunday)), List.of(),
        Duration.ofHours(1), lateSunday.plus(Duration.ofHours(2)), ChronoUnit.DAYS, ZoneId.of("Europe/Berlin"));
    assertThat(rates).singleElement().extracting(DeflectionRate::periodStart).isEqualTo(LocalDate.parse("2026-03-02"));
    assertThatThrownBy(() -> Deflections.rates(List.of(), List.of(), Duration.ZERO, T, ChronoUnit.DAYS, ZoneId.of("UTC")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("window");
    assertThatThrownBy(() -> Deflections.rates(List.of(), List.of(), Duration.ofHours(1), T, ChronoUnit.HOURS, ZoneId.of("UTC")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("period");
  }
}
