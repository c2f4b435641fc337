package io.crmkit.service.feedback;

import java.util.Optional;

/**
 * How a score report groups responses besides their period: all together, per credited agent, or per team.
 * Responses without the agent (or team) are left out of a per-agent (per-team) report.
 *
 * <p>{@code SurveyScores.report(responses, SurveyKind.NPS, ChronoUnit.MONTHS, zone, ScoreGrouping.TEAM)}
 */
public enum ScoreGrouping {
  /** One group per period. */
  ALL,
  /** One group per credited agent and period. */
  AGENT,
  /** One group per team and period. */
  TEAM;

  /** The group of {@code r}: empty for {@link #ALL}; the agent or team otherwise (empty: leave it out). */
  Optional<String> groupOf(SurveyResponse r) {
    switch (this) {
      case AGENT:
        return r.agent();
      case TEAM:
        return r.team();
      default:
        return Optional.empty();
    }
  }
}
