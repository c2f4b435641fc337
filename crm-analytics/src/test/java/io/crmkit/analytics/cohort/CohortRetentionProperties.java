package io.crmkit.analytics.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CohortRetentionProperties {
  static final LocalDate BASE = LocalDate.parse("2025-01-01");

  @Provide
  Arbitrary<List<CustomerEvent>> events() {
    return Combinators.combine(Arbitraries.of("a", "b", "c", "d", "e", "f"), Arbitraries.integers().between(0, 500))
        .as((id, day) -> new CustomerEvent(id, BASE.plusDays(day).atStartOfDay().toInstant(ZoneOffset.UTC)))
        .list().ofMaxSize(40);
  }

  @Property(tries = 200)
  void offsetZeroHoldsTheWholeCohortAndCellsNeverExceedIt(
      @ForAll("events") List<CustomerEvent> events,
      @ForAll CohortPeriod period,
      @ForAll("untilDays") int until) {
    LocalDate observedUntil = BASE.plusDays(until);
    CohortMatrix m = CohortRetention.of(events, period, ZoneOffset.UTC, observedUntil);
    Set<String> customers = new HashSet<>();
    events.stream().filter(e -> !e.at().atZone(ZoneOffset.UTC).toLocalDate().isAfter(observedUntil))
        .forEach(e -> customers.add(e.customerId()));
    assertThat(m.rows().stream().mapToInt(CohortRow::size).sum()).isEqualTo(customers.size());
    List<Integer> widths = new ArrayList<>();
    for (int r = 0; r < m.rows().size(); r++) {
      CohortRow row = m.rows().get(r);
      widths.add(row.cells().size());
      assertThat(row.cells().get(0).active()).isEqualTo(row.size());
      for (CohortCell c : row.cells()) {
        assertThat(c.active()).isBetween(0, row.size());
        // a cell is censored exactly when its period does not end by observedUntil
        boolean endsInWindow = !period.plus(c.periodStart(), 1).minusDays(1).isAfter(observedUntil);
        assertThat(c.isCensored()).isEqualTo(!endsInWindow);
        assertThat(c.status() == CellStatus.CENSORED).isEqualTo(c.periodStart().isAfter(observedUntil));
      }
    }
    assertThat(new HashSet<>(widths)).hasSizeLessThanOrEqualTo(1);
  }

  @Provide
  Arbitrary<Integer> untilDays() {
    return Arbitraries.integers().between(0, 600);
  }
}
