package io.crmkit.sales.scoring;

import java.util.Objects;
import java.util.Optional;

/**
 * What a new score means for a threshold: the state to persist and the event to publish, if it crossed.
 * Persist both together. {@code decision.event().ifPresent(publisher::publish); store(decision.state());}
 */
public record ThresholdDecision(ThresholdState state, Optional<ScoreThresholdCrossed> event) {
  public ThresholdDecision {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(event, "event");
  }
}
