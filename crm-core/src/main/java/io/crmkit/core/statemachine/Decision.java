package io.crmkit.core.statemachine;

import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.ValidationException;
import java.util.List;
import java.util.Objects;

/**
 * What {@link StateMachine#fire} decided: the event was {@link Accepted} (with the new state and the effects
 * to carry out) or {@link Refused} (with the reason). A decision is plain data; nothing has happened yet.
 *
 * <pre>{@code
 * Decision d = LEAD.fire(lead.status(), "qualify", lead);
 * if (d instanceof Decision.Accepted a) { save(lead.withStatus(a.to()), a.effects()); }
 * }</pre>
 */
public sealed interface Decision permits Decision.Accepted, Decision.Refused {
  /** The state the event was fired in. */
  String from();

  /** The event that was fired. */
  String event();

  /** The state after the decision: {@code to} when accepted, {@code from} (unchanged) when refused. */
  String state();

  /** Whether the event was accepted. */
  boolean isAccepted();

  /**
   * The event was accepted: the record moves from {@code from} to {@code to} and the caller carries out
   * {@code effects}, in order.
   */
  record Accepted(String from, String event, String to, List<Effect> effects) implements Decision {
    public Accepted {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(to, "to");
      effects = List.copyOf(effects);
    }

    @Override
    public String state() {
      return to;
    }

    @Override
    public boolean isAccepted() {
      return true;
    }
  }

  /**
   * The event was refused in state {@code from}; the state stays as it was. {@code reason} says why: an
   * unknown state, an event the state does not accept, a terminal state, or the refusals of every guard.
   */
  record Refused(String from, String event, String reason) implements Decision {
    public Refused {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(reason, "reason");
      ValidationException.check(!reason.isBlank(), "reason", "must say why the event was refused");
    }

    @Override
    public String state() {
      return from;
    }

    @Override
    public boolean isAccepted() {
      return false;
    }

    /** The same refusal as an exception, for callers that treat it as an error. */
    public IllegalTransitionException toException() {
      return new IllegalTransitionException(from, event, reason);
    }
  }
}
