package io.crmkit.service.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The ranking of agents by points in one period, best first.
 *
 * <p>{@code Leaderboards.of(awards, ChronoUnit.MONTHS, zone).get(0).entries().get(0).agent()}
 *
 * @param periodStart the first day of the period, in the zone the board was made for
 */
public record Leaderboard(LocalDate periodStart, List<LeaderboardEntry> entries) {
  public Leaderboard {
    Objects.requireNonNull(periodStart, "periodStart");
    entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
  }
}
