/**
 * Routing of work (cases as {@link io.crmkit.service.routing.WorkItem}s) to agents with Omni-Channel and
 * Zendesk semantics: {@link io.crmkit.service.routing.Agent}s with a {@link io.crmkit.service.routing.Presence},
 * a capacity in units and skills with levels; three strategies — {@link io.crmkit.service.routing.RoundRobinRouting}
 * with a fair pointer the caller persists, {@link io.crmkit.service.routing.LeastLoadedRouting} by open SLA-bearing
 * work, and {@link io.crmkit.service.routing.SkillsBasedRouting} with required skill levels and optional skills
 * dropped after a wait. Each returns a {@link io.crmkit.service.routing.RoutingDecision} that names every candidate,
 * why each was excluded and why the chosen one won, or why the item stays queued. Capacity is never exceeded.
 */
@NullMarked
package io.crmkit.service.routing;

import org.jspecify.annotations.NullMarked;
