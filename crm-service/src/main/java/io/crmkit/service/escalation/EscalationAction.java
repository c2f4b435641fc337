package io.crmkit.service.escalation;

import io.crmkit.core.ValidationException;
import io.crmkit.service.routing.WorkItem;
import io.crmkit.service.routing.WorkPriority;
import java.util.List;
import java.util.Objects;

/**
 * What an escalation tier asks the host to do, as data: the library decides, the host acts (sends the
 * notification, moves the case). {@link #applyTo(WorkItem)} is the item as it stands once the host has acted.
 * {@code new EscalationAction.ReassignToQueue("tier-2")}.
 */
public sealed interface EscalationAction {
  /** The work item after this action (unchanged for a notification). */
  WorkItem applyTo(WorkItem item);

  /** Tell {@code recipients} (user ids, team or role names the host resolves) {@code message}. */
  record Notify(List<String> recipients, String message) implements EscalationAction {
    public Notify {
      recipients = List.copyOf(Objects.requireNonNull(recipients, "recipients"));
      Objects.requireNonNull(message, "message");
      ValidationException.check(!recipients.isEmpty(), "recipients", "must name at least one recipient");
      recipients.forEach(r -> ValidationException.check(!r.isBlank(), "recipients", "must not hold a blank name"));
      ValidationException.check(!message.isBlank(), "message", "must not be blank");
    }

    @Override
    public WorkItem applyTo(WorkItem item) {
      return Objects.requireNonNull(item, "item");
    }

    @Override
    public String toString() {
      return "notify " + recipients;
    }
  }

  /** Move the item to {@code queue}. */
  record ReassignToQueue(String queue) implements EscalationAction {
    public ReassignToQueue {
      Objects.requireNonNull(queue, "queue");
      ValidationException.check(!queue.isBlank(), "queue", "must not be blank");
    }

    @Override
    public WorkItem applyTo(WorkItem item) {
      return item.withQueue(queue);
    }

    @Override
    public String toString() {
      return "reassign to queue " + queue;
    }
  }

  /** Raise the item's priority to at least {@code atLeast} (never lowers it). */
  record RaisePriority(WorkPriority atLeast) implements EscalationAction {
    public RaisePriority {
      Objects.requireNonNull(atLeast, "atLeast");
    }

    @Override
    public WorkItem applyTo(WorkItem item) {
      return item.priority().compareTo(atLeast) >= 0 ? item : item.withPriority(atLeast);
    }

    @Override
    public String toString() {
      return "raise priority to " + atLeast;
    }
  }
}
