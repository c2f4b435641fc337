package io.crmkit.service.routing;

import java.util.Objects;

/** One {@link RoundRobinRouting} turn: the decision, and the pointer to persist for the next turn. */
public record RoundRobinPick(RoutingDecision decision, RoundRobinState state) {
  public RoundRobinPick {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(state, "state");
  }
}
