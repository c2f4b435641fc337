package io.crmkit.service.feedback;

import io.crmkit.core.ValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Scores over time, as a pure function of survey responses: CSAT percent satisfied and NPS per period (by the
 * current answer's date in a zone) and optionally per agent or team, with counts.
 *
 * <pre>{@code
 * List<ScoreSummary> monthly = SurveyScores.report(responses, SurveyKind.NPS, ChronoUnit.MONTHS, ZoneId.of("Europe/Berlin"), ScoreGrouping.AGENT);
 * }</pre>
 */
public final class SurveyScores {
  private SurveyScores() {}

  /**
   * The summaries of the responses of {@code kind}, per period ({@code DAYS}, {@code WEEKS} from Monday,
   * {@code MONTHS} or {@code YEARS}, in {@code zone}) and group, ordered by period and
   * group; periods without responses are absent.
   */
  public static List<ScoreSummary> report(
      Collection<SurveyResponse> responses, SurveyKind kind, ChronoUnit period, ZoneId zone, ScoreGrouping grouping) {
    Objects.requireNonNull(responses, "responses");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(grouping, "grouping");
    periodStart(LocalDate.EPOCH, period);
    Comparator<Key> order = Comparator.comparing(Key::periodStart).thenComparing(k -> k.group().orElse(""));
    Map<Key, long[]> counts = new TreeMap<>(order);
    for (SurveyResponse r : responses) {
      if (r.kind() != kind) {
        continue;
      }
      Optional<String> group = grouping.groupOf(r);
      if (grouping != ScoreGrouping.ALL && group.isEmpty()) {
        continue;
      }
      LocalDate start = periodStart(r.answer().answeredAt().atZone(zone).toLocalDate(), period);
      long[] c = counts.computeIfAbsent(new Key(start, group), k -> new long[3]);
      c[r.band().ordinal()]++;
    }
    List<ScoreSummary> out = new ArrayList<>(counts.size());
    counts.forEach((k, c) -> out.add(new ScoreSummary(kind, k.periodStart(), k.group(), c[0], c[1], c[2])));
    return List.copyOf(out);
  }

  /** The first day of the period containing {@code day}: {@code DAYS}, {@code WEEKS} (Monday), {@code MONTHS} or {@code YEARS}. */
  static LocalDate periodStart(LocalDate day, ChronoUnit period) {
    switch (period) {
      case DAYS:
        return day;
      case WEEKS:
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTHS:
        return day.withDayOfMonth(1);
      case YEARS:
        return day.withDayOfYear(1);
      default:
        throw new ValidationException("period", "must be DAYS, WEEKS, MONTHS or YEARS but was " + period);
    }
  }

  private record Key(LocalDate periodStart, Optional<String> group) {}
}
