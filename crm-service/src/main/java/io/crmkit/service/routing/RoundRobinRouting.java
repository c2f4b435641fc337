package io.crmkit.service.routing;

import io.crmkit.core.EntityId;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Hands the items of one queue to its member agents in turn (Zendesk's and Omni-Channel's round robin). The
 * pointer is a value ({@link RoundRobinState}) the caller persists, so the router holds no hidden state. A member
 * who cannot take the item when their turn comes — not available, no snapshot given, too little free capacity,
 * a required skill missing — is skipped and gets no credit later: the turn passes to the next eligible member in
 * list order. Hence over any run the members eligible the whole time have counts that differ by at most one.
 *
 * <pre>{@code
 * RoundRobinRouting billing = RoundRobinRouting.of(tenant, "billing", List.of("ada", "bob", "cy"));
 * RoundRobinPick pick = billing.route(loadedState, item, agents);
 * store(pick.state()); pick.decision().agentId().ifPresent(a -> offer(item, a));
 * }</pre>
 *
 * <p>Members may be added or removed between turns: the pointer continues after the last agent or, when they
 * have left, from the position they held.
 */
public final class RoundRobinRouting {
  private final TenantId tenantId;
  private final String queue;
  private final List<String> members;

  private RoundRobinRouting(TenantId tenantId, String queue, List<String> members) {
    this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
    this.queue = Objects.requireNonNull(queue, "queue");
    ValidationException.check(!queue.isBlank(), "queue", "must not be blank");
    this.members = List.copyOf(members);
    ValidationException.check(!this.members.isEmpty(), "members", "must name at least one agent");
    Set<String> seen = new HashSet<>();
    for (String m : this.members) {
      EntityId.checked(m, "members");
      ValidationException.check(seen.add(m), "members", "names '" + m + "' twice");
    }
  }

  /** The round robin of {@code queue} in {@code tenantId} over {@code members} (agent ids, in turn order). */
  public static RoundRobinRouting of(TenantId tenantId, String queue, List<String> members) {
    return new RoundRobinRouting(tenantId, queue, members);
  }

  public TenantId tenantId() {
    return tenantId;
  }

  public String queue() {
    return queue;
  }

  public List<String> members() {
    return members;
  }

  /** The pointer before the first item: the first eligible member goes first. */
  public RoundRobinState initialState() {
    return new RoundRobinState(tenantId, queue, Optional.empty(), -1);
  }

  /**
   * The next turn: the first member after the pointer (in list order, wrapping around) who can take
   * {@code item}, judged from the {@code agents} snapshots (members without one count as offline; non-members are
   * ignored). When nobody can, the item stays queued, the decision says why for each member, and the pointer
   * stays.
   *
   * @throws ValidationException when {@code state} belongs to another queue or tenant, or the item or an agent
   *     to another tenant
   */
  public RoundRobinPick route(RoundRobinState state, WorkItem item, List<Agent> agents) {
    Objects.requireNonNull(state, "state");
    ValidationException.check(state.tenantId().equals(tenantId) && state.queue().equals(queue), "state",
        "belongs to queue '" + state.queue() + "' of tenant " + state.tenantId() + ", not '" + queue
            + "' of tenant " + tenantId);
    Map<String, Agent> byId = Eligibility.index(tenantId, item, agents);
    int n = members.size();
    int after;
    if (state.lastAgent().isEmpty()) {
      after = -1;
    } else {
      int at = members.indexOf(state.lastAgent().get());
      after = at >= 0 ? at : Math.min(state.lastPosition(), n) - 1;
    }
    String strategy = "round robin '" + queue + "'";
    List<CandidateAssessment> assessed = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (int step = 1; step <= n; step++) {
      int i = Math.floorMod(after + step, n);
      String m = members.get(i);
      Agent agent = byId.get(m);
      List<Exclusion> exclusions = agent == null ? List.of(Eligibility.unknown(m)) : Eligibility.basic(agent, item);
      assessed.add(new CandidateAssessment(m, exclusions,
          agent == null ? "no snapshot" : Eligibility.standing(agent)));
      if (exclusions.isEmpty()) {
        String why = state.lastAgent().map(l -> "next in turn after " + l).orElse("first turn")
            + (skipped.isEmpty() ? "" : "; skipped " + String.join(", ", skipped));
        return new RoundRobinPick(RoutingDecision.routed(item, strategy, m, assessed, why),
            new RoundRobinState(tenantId, queue, Optional.of(m), i));
      }
      skipped.add(m + " (" + exclusions.get(0) + ")");
    }
    return new RoundRobinPick(RoutingDecision.queued(item, strategy, assessed,
        "none of the " + n + " members can take it: " + String.join("; ", skipped), Optional.empty()), state);
  }
}
