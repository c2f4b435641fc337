package io.crmkit.service.sla;

import io.crmkit.core.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One SLA clock as read at an instant: its metric and cycle (next-response clocks and restarted resolution
 * clocks count cycles from 0), state, target, and the business time elapsed since it started, paused, and
 * counted ({@code actual = elapsed - paused}, as Salesforce defines it). {@code due} is when the target is or
 * was used up if the clock keeps running (absent while paused and once met); {@code breachedAt} and
 * {@code warnedAt} are the instants the target and the warning share were passed.
 *
 * <p>{@code reading.remaining()} is how much business time is left before a breach (zero once breached).
 */
public record SlaClockReading(
    SlaMetric metric, int cycle, SlaState state, Duration target,
    Duration elapsed, Duration paused, Duration actual, Duration remaining,
    Instant startedAt, Optional<Instant> completedAt, Optional<Instant> due,
    Optional<Instant> warnedAt, Optional<Instant> breachedAt) {
  public SlaClockReading {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(paused, "paused");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(remaining, "remaining");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(completedAt, "completedAt");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(warnedAt, "warnedAt");
    Objects.requireNonNull(breachedAt, "breachedAt");
    ValidationException.check(cycle >= 0, "cycle", "must not be negative but was " + cycle);
    ValidationException.check(actual.equals(elapsed.minus(paused)), "actual", "must be elapsed - paused");
  }
}
