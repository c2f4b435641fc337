package io.crmkit.service.routing;

import java.util.List;

/**
 * A stateless way of choosing an agent for a work item from snapshots of the agents who could take it;
 * {@link LeastLoadedRouting} and {@link SkillsBasedRouting} are the two the library ships
 * ({@link RoundRobinRouting} needs its pointer and has its own signature).
 * {@code RoutingDecision d = strategy.route(item, agents);}
 */
public interface RoutingStrategy {
  /**
   * Chooses an agent from {@code agents} for {@code item}, or none, explained.
   *
   * @throws io.crmkit.core.ValidationException when the item or an agent belongs to another tenant, or two
   *     snapshots have the same agent id
   */
  RoutingDecision route(WorkItem item, List<Agent> agents);
}
