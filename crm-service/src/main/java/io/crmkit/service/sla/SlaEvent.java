package io.crmkit.service.sla;

import io.crmkit.core.ValidationException;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * Something in a case's history that SLA clocks react to: a status change, an agent's public reply, a
 * customer's message. Events at the same instant are applied in a fixed order (status changes by status
 * name, then agent replies, then customer messages), so a clock never depends on the order of the list.
 *
 * <p>{@code new SlaEvent.StatusChanged(at, "pending_customer")}
 */
public sealed interface SlaEvent {
  /** The canonical order: by instant, then kind, then status. */
  Comparator<SlaEvent> ORDER = Comparator.comparing(SlaEvent::at)
      .thenComparingInt(SlaEvent::kindOrder)
      .thenComparing(e -> e instanceof StatusChanged s ? s.status() : "");

  /** When it happened. */
  Instant at();

  private int kindOrder() {
    return this instanceof StatusChanged ? 0 : this instanceof AgentReplied ? 1 : 2;
  }

  /** The case entered {@code status} (a status key of the case lifecycle, e.g. {@code "on_hold"}). */
  record StatusChanged(Instant at, String status) implements SlaEvent {
    public StatusChanged {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(status, "status");
      ValidationException.check(!status.isBlank(), "status", "must not be blank");
    }
  }

  /** An agent replied publicly to the customer. */
  record AgentReplied(Instant at) implements SlaEvent {
    public AgentReplied {
      Objects.requireNonNull(at, "at");
    }
  }

  /** The customer wrote (a reply, a follow-up message). */
  record CustomerReplied(Instant at) implements SlaEvent {
    public CustomerReplied {
      Objects.requireNonNull(at, "at");
    }
  }
}
