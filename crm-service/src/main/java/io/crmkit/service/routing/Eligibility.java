package io.crmkit.service.routing;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** The checks every strategy shares: tenancy of the inputs, presence, capacity and skills. */
final class Eligibility {
  private Eligibility() {}

  /** The agents by id, in the given order, after checking tenancy and uniqueness. */
  static Map<String, Agent> index(TenantId tenantId, WorkItem item, List<Agent> agents) {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(agents, "agents");
    ValidationException.check(item.tenantId().equals(tenantId), "item",
        "belongs to tenant " + item.tenantId() + ", not " + tenantId);
    Map<String, Agent> byId = new LinkedHashMap<>();
    for (Agent a : agents) {
      Objects.requireNonNull(a, "agents[]");
      ValidationException.check(a.tenantId().equals(tenantId), "agents",
          "agent " + a.id() + " belongs to tenant " + a.tenantId() + ", not " + tenantId);
      ValidationException.check(byId.put(a.id(), a) == null, "agents", "holds two snapshots of agent " + a.id());
    }
    return byId;
  }

  /** Presence, capacity and required skills, in that order; every failed check is listed. */
  static List<Exclusion> basic(Agent agent, WorkItem item) {
    List<Exclusion> out = new ArrayList<>();
    if (!agent.presence().acceptsWork()) {
      out.add(new Exclusion(ExclusionReason.NOT_AVAILABLE, "presence " + agent.presence()));
    }
    if (agent.freeCapacity() < item.size()) {
      out.add(new Exclusion(ExclusionReason.AT_CAPACITY, "needs " + item.size() + " units, " + agent.freeCapacity()
          + " of " + agent.capacity() + " free"));
    }
    for (SkillRequirement r : item.requiredSkills()) {
      if (!r.metBy(agent.level(r.skill()))) {
        out.add(new Exclusion(ExclusionReason.MISSING_REQUIRED_SKILL, skillGap(agent, r)));
      }
    }
    return out;
  }

  static String skillGap(Agent agent, SkillRequirement r) {
    int level = agent.level(r.skill());
    return level == 0 ? "lacks '" + r.skill() + "' (needs " + r.minimumLevel() + ")"
        : "'" + r.skill() + "' at " + level + ", needs " + r.minimumLevel();
  }

  static Exclusion unknown(String agentId) {
    return new Exclusion(ExclusionReason.NOT_AVAILABLE, "no presence reported for " + agentId);
  }

  /** The standing shown for every assessed agent. */
  static String standing(Agent agent) {
    return String.format(Locale.ROOT, "%s, load %d/%d, %d open SLA item%s", agent.presence(), agent.load(),
        agent.capacity(), agent.openSlaItems(), agent.openSlaItems() == 1 ? "" : "s");
  }
}
