package io.crmkit.service.routing;

import io.crmkit.core.EntityId;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A snapshot of one agent as routing sees it: presence, capacity in units, the units their open work takes
 * ({@code load}), how many of their open items carry an SLA, and skill levels (1 to 10). The host builds it from
 * its own records before each routing call; {@link #take(WorkItem)} is the agent after receiving an item.
 * A load above capacity is allowed (capacity lowered while work was open): such an agent simply takes nothing.
 *
 * <p>{@code Agent ada = Agent.of(tenant, "ada", 5).withSkill("french", 4);}
 */
public record Agent(
    TenantId tenantId, String id, Presence presence, int capacity, int load, int openSlaItems,
    Map<String, Integer> skills) {

  public Agent {
    Objects.requireNonNull(tenantId, "tenantId");
    EntityId.checked(id, "agent.id");
    Objects.requireNonNull(presence, "presence");
    Objects.requireNonNull(skills, "skills");
    ValidationException.check(capacity >= 0, "capacity", "must not be negative but was " + capacity + " for " + id);
    ValidationException.check(load >= 0, "load", "must not be negative but was " + load + " for " + id);
    ValidationException.check(openSlaItems >= 0, "openSlaItems",
        "must not be negative but was " + openSlaItems + " for " + id);
    skills = Map.copyOf(skills);
    skills.forEach((skill, level) -> {
      ValidationException.check(!skill.isBlank(), "skills", "must not name a blank skill (agent " + id + ")");
      ValidationException.check(level >= 1 && level <= SkillRequirement.MAX_LEVEL, "skills",
          "level of '" + skill + "' must be 1 to " + SkillRequirement.MAX_LEVEL + " but was " + level + " for " + id);
    });
  }

  /** An available agent {@code id} with {@code capacity} units, no open work and no skills. */
  public static Agent of(TenantId tenantId, String id, int capacity) {
    return new Agent(tenantId, id, Presence.AVAILABLE, capacity, 0, 0, Map.of());
  }

  /** The units still free (never negative). */
  public int freeCapacity() {
    return Math.max(0, capacity - load);
  }

  /** The agent's level in {@code skill}, 0 when they lack it. */
  public int level(String skill) {
    return skills.getOrDefault(skill, 0);
  }

  public Agent withPresence(Presence newPresence) {
    return new Agent(tenantId, id, newPresence, capacity, load, openSlaItems, skills);
  }

  public Agent withCapacity(int newCapacity) {
    return new Agent(tenantId, id, presence, newCapacity, load, openSlaItems, skills);
  }

  /** This agent holding {@code newLoad} units of open work, {@code newOpenSlaItems} of whose items carry an SLA. */
  public Agent withLoad(int newLoad, int newOpenSlaItems) {
    return new Agent(tenantId, id, presence, capacity, newLoad, newOpenSlaItems, skills);
  }

  /** This agent with {@code skill} at {@code level} (replacing an earlier level). */
  public Agent withSkill(String skill, int level) {
    Map<String, Integer> next = new HashMap<>(skills);
    next.put(Objects.requireNonNull(skill, "skill"), level);
    return new Agent(tenantId, id, presence, capacity, load, openSlaItems, next);
  }

  /** This agent after receiving {@code item}: its size added to the load, and one more SLA item if it carries one. */
  public Agent take(WorkItem item) {
    Objects.requireNonNull(item, "item");
    return withLoad(load + item.size(), openSlaItems + (item.slaBearing() ? 1 : 0));
  }
}
