package io.crmkit.core.statemachine;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a {@link StateHistory}: at {@code at}, event {@code event} moved the record from {@code from}
 * to {@code to}. The first entry of a history has no {@code from} and the event {@link #START}.
 *
 * @param from the state left, empty for the start
 * @param to the state entered
 * @param event the event that caused the change
 * @param at when it happened
 */
public record StateChange(Optional<String> from, String to, String event, Instant at) {
  /** The event of the first entry of every history. */
  public static final String START = "start";

  public StateChange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(at, "at");
  }

  /** Whether this is the first entry of a history, the one without a {@code from}. */
  public boolean isStart() {
    return from.isEmpty();
  }
}
