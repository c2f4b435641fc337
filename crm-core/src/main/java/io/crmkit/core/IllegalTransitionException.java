package io.crmkit.core;

import java.util.Objects;

/**
 * A state machine refused an event in the current state: it exposes the state, the event and why.
 */
public class IllegalTransitionException extends CrmException {
  private static final long serialVersionUID = 1L;

  private final String from;
  private final String event;
  private final String reason;

  public IllegalTransitionException(String from, String event, String reason) {
    super("cannot fire '" + event + "' in state '" + from + "': " + reason);
    this.from = Objects.requireNonNull(from, "from");
    this.event = Objects.requireNonNull(event, "event");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** The state the record was in. */
  public String from() {
    return from;
  }

  /** The event that was refused. */
  public String event() {
    return event;
  }

  /** Why it was refused. */
  public String reason() {
    return reason;
  }
}
