package io.crmkit.analytics.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohortRetentionTest {
  static CustomerEvent ev(String id, String day) {
    return new CustomerEvent(id, LocalDate.parse(day).atTime(12, 0).toInstant(ZoneOffset.UTC));
  }

  @Test
  void monthlyCohortsCountTheActiveCustomersAndMarkCensoredCells() {
    List<CustomerEvent> events = List.of(
        ev("a", "2026-01-05"), ev("a", "2026-02-10"), ev("a", "2026-02-11"), ev("a", "2026-03-01"),
        ev("b", "2026-01-20"), ev("b", "2026-03-15"),
        ev("c", "2026-02-02"), ev("c", "2026-03-03"),
        ev("d", "2026-04-01")); // after the window: ignored
    CohortMatrix m = CohortRetention.of(events, CohortPeriod.MONTH, ZoneOffset.UTC, LocalDate.parse("2026-03-20"));
    assertThat(m.rows()).extracting(CohortRow::periodStart)
        .containsExactly(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-02-01"), LocalDate.parse("2026-03-01"));
    assertThat(m.rows()).extracting(CohortRow::size).containsExactly(2, 1, 0);
    CohortRow jan = m.rows().get(0);
    assertThat(jan.cells()).extracting(CohortCell::active).containsExactly(2, 1, 2);
    assertThat(jan.cells()).extracting(CohortCell::status)
        .containsExactly(CellStatus.COMPLETE, CellStatus.COMPLETE, CellStatus.PARTIAL);
    assertThat(jan.cells().get(1).rate()).isEqualTo(0.5);
    CohortRow feb = m.rows().get(1);
    assertThat(feb.cells()).extracting(CohortCell::status)
        .containsExactly(CellStatus.COMPLETE, CellStatus.PARTIAL, CellStatus.CENSORED);
    assertThat(feb.cells().get(1).active()).isEqualTo(1);
    assertThat(feb.cells().get(2).active()).isZero();
    assertThat(m.width()).isEqualTo(3);
  }

  @Test
  void daysAreTakenInTheRequestedZone() {
    // 23:30 UTC on 31 March is 1 April in Berlin: a different month, so a different cohort
    CustomerEvent late = new CustomerEvent("x", Instant.parse("2026-03-31T23:30:00Z"));
    CohortMatrix utc = CohortRetention.of(List.of(late), CohortPeriod.MONTH, ZoneOffset.UTC, LocalDate.parse("2026-04-30"));
    CohortMatrix berlin = CohortRetention.of(
        List.of(late), CohortPeriod.MONTH, ZoneId.of("Europe/Berlin"), LocalDate.parse("2026-04-30"));
    assertThat(utc.rows().get(0).periodStart()).isEqualTo(LocalDate.parse("2026-03-01"));
    assertThat(berlin.rows().get(0).periodStart()).isEqualTo(LocalDate.parse("2026-04-01"));
    // the window ends on the last day of April: that period is complete
    assertThat(berlin.rows().get(0).cells().get(0).status()).isEqualTo(CellStatus.COMPLETE);
  }

  @Test
  void weeksStartOnMondayAndQuartersOnTheirFirstMonth() {
    assertThat(CohortPeriod.WEEK.startOf(LocalDate.parse("2026-03-01"))).isEqualTo(LocalDate.parse("2026-02-23"));
    assertThat(CohortPeriod.QUARTER.startOf(LocalDate.parse("2026-08-31"))).isEqualTo(LocalDate.parse("2026-07-01"));
    assertThat(CohortPeriod.QUARTER.between(LocalDate.parse("2025-12-31"), LocalDate.parse("2026-04-01"))).isEqualTo(2);
    assertThat(CohortPeriod.WEEK.between(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-02"))).isEqualTo(1);
  }

  @Test
  void noEventsGiveAnEmptyMatrix() {
    CohortMatrix m = CohortRetention.of(List.of(), CohortPeriod.WEEK, ZoneOffset.UTC, LocalDate.parse("2026-01-01"));
    assertThat(m.rows()).isEmpty();
    assertThat(m.width()).isZero();
  }
}
