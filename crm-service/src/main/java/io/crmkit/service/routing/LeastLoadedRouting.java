package io.crmkit.service.routing;

import io.crmkit.core.TenantId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Routes each item to the eligible agent with the fewest open SLA-bearing items (the work whose clocks are
 * running), so deadlines spread evenly. Ties go to the agent with less capacity in use, then to the smaller agent
 * id, so the answer does not depend on the order of the snapshots. Eligible means available, with enough free
 * capacity for the item's size, and holding every required skill at its level.
 *
 * <p>{@code RoutingDecision d = LeastLoadedRouting.of(tenant).route(item, agents);}
 */
public final class LeastLoadedRouting implements RoutingStrategy {
  static final Comparator<Agent> LEAST_LOADED = Comparator.comparingInt(Agent::openSlaItems)
      .thenComparingInt(Agent::load).thenComparing(Agent::id);

  private final TenantId tenantId;

  private LeastLoadedRouting(TenantId tenantId) {
    this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
  }

  /** Least-loaded routing for {@code tenantId}. */
  public static LeastLoadedRouting of(TenantId tenantId) {
    return new LeastLoadedRouting(tenantId);
  }

  public TenantId tenantId() {
    return tenantId;
  }

  @Override
  public RoutingDecision route(WorkItem item, List<Agent> agents) {
    Map<String, Agent> byId = Eligibility.index(tenantId, item, agents);
    List<CandidateAssessment> assessed = new ArrayList<>();
    List<Agent> eligible = new ArrayList<>();
    for (Agent a : byId.values()) {
      List<Exclusion> exclusions = Eligibility.basic(a, item);
      assessed.add(new CandidateAssessment(a.id(), exclusions, Eligibility.standing(a)));
      if (exclusions.isEmpty()) {
        eligible.add(a);
      }
    }
    String strategy = "least loaded";
    if (eligible.isEmpty()) {
      return RoutingDecision.queued(item, strategy, assessed, byId.isEmpty() ? "no agents were offered"
          : "none of the " + byId.size() + " agents can take it", Optional.empty());
    }
    eligible.sort(LEAST_LOADED);
    Agent best = eligible.get(0);
    return RoutingDecision.routed(item, strategy, best.id(), assessed, whyBest(best, eligible));
  }

  static String whyBest(Agent best, List<Agent> ranked) {
    String why = "fewest open SLA items (" + best.openSlaItems() + ") of " + ranked.size() + " eligible";
    if (ranked.size() > 1) {
      Agent second = ranked.get(1);
      if (second.openSlaItems() == best.openSlaItems()) {
        why += second.load() == best.load()
            ? "; tie with " + second.id() + " on load " + best.load() + " broken by agent id"
            : "; tie with " + second.id() + " broken by lower load " + best.load() + " vs " + second.load();
      } else {
        why += "; next " + second.id() + " with " + second.openSlaItems();
      }
    }
    return why;
  }
}
