package io.crmkit.service.feedback;

import io.crmkit.core.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One agent's line on a leaderboard: rank, total points, points by rule and the awards behind them (the
 * total is their sum, so every point can be traced).
 *
 * <p>{@code entry.pointsByRule()} — e.g. {@code {case_solved=20, csat_delighted=15}}
 *
 * @param rank 1 for the top; distinct within a board (ties broken by fewer awards, then agent id)
 */
public record LeaderboardEntry(int rank, String agent, long total, Map<String, Long> pointsByRule, List<Award> awards) {
  public LeaderboardEntry {
    Objects.requireNonNull(agent, "agent");
    pointsByRule = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(pointsByRule, "pointsByRule")));
    awards = List.copyOf(Objects.requireNonNull(awards, "awards"));
    ValidationException.check(rank >= 1, "entry.rank", "must be at least 1");
    ValidationException.check(total == awards.stream().mapToLong(Award::points).sum(), "entry.total", "must be the sum of the awards");
    ValidationException.check(awards.stream().allMatch(a -> a.agent().equals(agent)), "entry.awards", "must all be the agent's");
  }
}
