package io.crmkit.service.ivr;

import io.crmkit.core.ValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a simulated call ended: queued (a transfer or the fallback queue), answered by a recorded message, or hung
 * up after a message; with the messages played in order, every step, and how many of the caller's inputs it
 * used (the rest were never heard). {@code outcome.queue().orElse("answered: " + outcome.messages())}.
 */
public record CallOutcome(
    Kind kind, Optional<String> queue, List<String> messages, List<CallStep> steps, int inputsUsed) {
  /** The kinds of end. */
  public enum Kind {
    /** Transferred to a queue (a transfer node or the fallback queue). */
    QUEUED,
    /** A recorded answer was played, then the call ended. */
    ANSWERED,
    /** A message was played, then the menu hung up. */
    HUNG_UP
  }

  public CallOutcome {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(queue, "queue");
    messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
    steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
    ValidationException.check(queue.isPresent() == (kind == Kind.QUEUED), "queue", "must be present exactly when queued");
    ValidationException.check(kind == Kind.QUEUED || !messages.isEmpty(), "messages", "must hold the message played");
    ValidationException.check(!steps.isEmpty(), "steps", "must hold at least the first node");
    ValidationException.check(inputsUsed >= 0, "inputsUsed", "must not be negative");
  }

  /** The node ids visited, in order, without repeats of a prompt played again. */
  public List<String> path() {
    List<String> out = new java.util.ArrayList<>();
    for (CallStep s : steps) {
      if (out.isEmpty() || !out.get(out.size() - 1).equals(s.node())) {
        out.add(s.node());
      }
    }
    return List.copyOf(out);
  }

  /** Whether the call went through the fallback queue after too many invalid inputs or silences. */
  public boolean fellBack() {
    return steps.get(steps.size() - 1).result() == CallStep.Result.FALLBACK;
  }
}
