package io.crmkit.analytics.cohort;

import io.crmkit.core.ValidationException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds cohort retention matrices: {@code CohortMatrix m = CohortRetention.of(events, CohortPeriod.MONTH,
 * ZoneId.of("Europe/Berlin"), LocalDate.now(clock));}.
 *
 * <p>Each event is assigned to its day in {@code zone}. A customer's cohort is the period of their first
 * event; they are <em>active</em> at offset {@code k} when they have an event in the period {@code k} periods
 * later (offset 0 is therefore always the whole cohort). The observation window ends with the day
 * {@code observedUntil}: a period that contains it is {@link CellStatus#PARTIAL} and a period after it
 * {@link CellStatus#CENSORED}; events after that day are ignored. Rows run from the first cohort to the
 * period of {@code observedUntil}, including cohorts with no customers (size 0, rates 0).
 */
public final class CohortRetention {
  /** The most periods a matrix may span (its size grows with the square). */
  public static final int MAX_PERIODS = 2_000;

  private CohortRetention() {}

  /** The retention matrix of {@code events}; see the class documentation. */
  public static CohortMatrix of(List<CustomerEvent> events, CohortPeriod period, ZoneId zone, LocalDate observedUntil) {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(observedUntil, "observedUntil");
    Map<String, LocalDate> first = new HashMap<>();
    Map<String, Set<Long>> activeOffsetsByCustomer = new HashMap<>();
    List<String> ids = new ArrayList<>();
    List<LocalDate> days = new ArrayList<>();
    for (CustomerEvent e : events) {
      Objects.requireNonNull(e, "events[]");
      LocalDate day = e.at().atZone(zone).toLocalDate();
      if (day.isAfter(observedUntil)) {
        continue;
      }
      first.merge(e.customerId(), day, (a, b) -> a.isBefore(b) ? a : b);
      ids.add(e.customerId());
      days.add(day);
    }
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      long offset = period.between(first.get(id), days.get(i));
      activeOffsetsByCustomer.computeIfAbsent(id, k -> new HashSet<>()).add(offset);
    }
    LocalDate lastPeriod = period.startOf(observedUntil);
    boolean lastIsComplete = period.plus(lastPeriod, 1).minusDays(1).equals(observedUntil);
    if (first.isEmpty()) {
      return new CohortMatrix(period, zone, observedUntil, List.of());
    }
    LocalDate firstCohort = first.values().stream().map(period::startOf).min(LocalDate::compareTo).orElseThrow();
    int cohorts = Math.toIntExact(period.between(firstCohort, lastPeriod)) + 1;
    ValidationException.check(
        cohorts <= MAX_PERIODS,
        "observedUntil",
        "the events span " + cohorts + " periods up to " + observedUntil + ", more than " + MAX_PERIODS
            + "; choose a longer period");
    int[] size = new int[cohorts];
    int[][] active = new int[cohorts][cohorts];
    Map<String, Integer> cohortOf = new TreeMap<>();
    first.forEach((id, day) -> cohortOf.put(id, Math.toIntExact(period.between(firstCohort, day))));
    cohortOf.forEach((id, c) -> {
      size[c]++;
      for (long k : activeOffsetsByCustomer.get(id)) {
        active[c][(int) k]++;
      }
    });
    List<CohortRow> rows = new ArrayList<>(cohorts);
    for (int c = 0; c < cohorts; c++) {
      LocalDate start = period.plus(firstCohort, c);
      List<CohortCell> cells = new ArrayList<>(cohorts);
      for (int k = 0; k < cohorts; k++) {
        int calendar = c + k;
        LocalDate cellStart = period.plus(firstCohort, calendar);
        CellStatus status = calendar < cohorts - 1 || (calendar == cohorts - 1 && lastIsComplete)
            ? CellStatus.COMPLETE
            : calendar == cohorts - 1 ? CellStatus.PARTIAL : CellStatus.CENSORED;
        int n = status == CellStatus.CENSORED ? 0 : active[c][k];
        cells.add(new CohortCell(k, cellStart, n, size[c] == 0 ? 0 : (double) n / size[c], status));
      }
      rows.add(new CohortRow(start, size[c], cells));
    }
    return new CohortMatrix(period, zone, observedUntil, rows);
  }
}
