package io.crmkit.service.feedback;

import io.crmkit.core.ValidationException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The scores of one period (and agent or team): the counts by band and the headline figure. For CSAT the
 * figure is the percentage satisfied (share of 4–5, 0 to 100); for NPS it is % promoters − % detractors
 * (−100 to 100).
 *
 * <p>{@code summary.score()}: 3 promoters, 3 passives and 1 detractor give an NPS of 100 × (3 − 1) / 7 ≈ 28.6
 *
 * @param group the agent or team for a grouped report; empty for {@link ScoreGrouping#ALL}
 * @param positive satisfied (CSAT) or promoters (NPS)
 * @param neutral neutral (CSAT 3) or passives (NPS 7–8)
 * @param negative dissatisfied (CSAT 1–2) or detractors (NPS 0–6)
 */
public record ScoreSummary(SurveyKind kind, LocalDate periodStart, Optional<String> group, long positive, long neutral, long negative) {
  public ScoreSummary {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(periodStart, "periodStart");
    Objects.requireNonNull(group, "group");
    ValidationException.check(positive >= 0 && neutral >= 0 && negative >= 0, "scoreSummary", "counts must not be negative");
    ValidationException.check(positive + neutral + negative > 0, "scoreSummary", "must count at least one response");
  }

  /** The number of responses. */
  public long count() {
    return positive + neutral + negative;
  }

  /** CSAT: percent satisfied, 0 to 100. NPS: percent promoters minus percent detractors, −100 to 100. */
  public double score() {
    double n = count();
    return kind == SurveyKind.CSAT ? 100.0 * positive / n : 100.0 * (positive - negative) / n;
  }
}
