package io.crmkit.sales.scoring;

import io.crmkit.core.ValidationException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Threshold crossings as a pure function of the persisted state and a new score: outside, a score at or
 * above {@code upper} enters (one {@link ScoreThresholdCrossed}); inside, a score below {@code lower} leaves
 * (one event); anything else changes nothing. No hidden state, no clock: the instant is an argument.
 *
 * <pre>{@code
 * ThresholdDecision d = ScoreThresholds.evaluate(salesReady, state, score.total(), clock.instant());
 * }</pre>
 */
public final class ScoreThresholds {
  private ScoreThresholds() {}

  /** The decision for {@code score} reached at {@code at}, given the record's current {@code state}. */
  public static ThresholdDecision evaluate(ScoreThreshold threshold, ThresholdState state, double score, Instant at) {
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(at, "at");
    ValidationException.check(Double.isFinite(score), "score", "must be a finite number but was " + score);
    ValidationException.check(state.threshold().equals(threshold.name()), "state",
        "is the state of threshold '" + state.threshold() + "', not of '" + threshold.name() + "'");
    boolean enters = !state.inside() && score >= threshold.upper();
    boolean leaves = state.inside() && score < threshold.lower();
    if (!enters && !leaves) {
      return new ThresholdDecision(state, Optional.empty());
    }
    CrossingDirection direction = enters ? CrossingDirection.ENTERED : CrossingDirection.LEFT;
    ThresholdState next = new ThresholdState(state.tenantId(), state.subject(), state.threshold(), enters, Optional.of(at));
    return new ThresholdDecision(next, Optional.of(
        new ScoreThresholdCrossed(state.tenantId(), state.subject(), threshold.name(), direction, score, at)));
  }
}
