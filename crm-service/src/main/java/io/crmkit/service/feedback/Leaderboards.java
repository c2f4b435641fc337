package io.crmkit.service.feedback;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Leaderboards per period from awards, as a pure function: each agent's total is the sum of their awards in
 * the period (by the achievement's date in {@code zone}); agents rank by total, higher first, and ties are
 * broken deterministically — fewer awards first (the same points from fewer, bigger wins), then agent id.
 *
 * <p>{@code List<Leaderboard> boards = Leaderboards.of(policy.awards(achievements), ChronoUnit.WEEKS, zone);}
 */
public final class Leaderboards {
  private Leaderboards() {}

  /** One board per period that has awards, oldest first. */
  public static List<Leaderboard> of(Collection<Award> awards, ChronoUnit period, ZoneId zone) {
    Objects.requireNonNull(awards, "awards");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(zone, "zone");
    SurveyScores.periodStart(LocalDate.EPOCH, period);
    Map<LocalDate, Map<String, List<Award>>> byPeriod = new TreeMap<>();
    for (Award a : awards) {
      LocalDate start = SurveyScores.periodStart(a.at().atZone(zone).toLocalDate(), period);
      byPeriod.computeIfAbsent(start, s -> new TreeMap<>()).computeIfAbsent(a.agent(), g -> new ArrayList<>()).add(a);
    }
    List<Leaderboard> boards = new ArrayList<>(byPeriod.size());
    byPeriod.forEach((start, byAgent) -> {
      List<Map.Entry<String, List<Award>>> ranked = new ArrayList<>(byAgent.entrySet());
      ranked.sort(Comparator.<Map.Entry<String, List<Award>>>comparingLong(e -> -total(e.getValue()))
          .thenComparingInt(e -> e.getValue().size())
          .thenComparing(Map.Entry::getKey));
      List<LeaderboardEntry> entries = new ArrayList<>(ranked.size());
      for (Map.Entry<String, List<Award>> e : ranked) {
        Map<String, Long> byRule = new LinkedHashMap<>();
        e.getValue().forEach(a -> byRule.merge(a.rule(), (long) a.points(), Long::sum));
        entries.add(new LeaderboardEntry(entries.size() + 1, e.getKey(), total(e.getValue()), byRule, e.getValue()));
      }
      boards.add(new Leaderboard(start, entries));
    });
    return List.copyOf(boards);
  }

  private static long total(List<Award> awards) {
    return awards.stream().mapToLong(Award::points).sum();
  }
}
