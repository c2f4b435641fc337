package io.crmkit.sales.assignment;

import java.util.Objects;

/** One {@link RoundRobin} turn: the decision, and the state to persist for the next turn. */
public record RoundRobinPick(AssignmentDecision decision, RoundRobinState state) {
  public RoundRobinPick {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(state, "state");
  }
}
