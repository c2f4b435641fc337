package io.crmkit.service.routing;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.service.cases.CaseId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A piece of work to route or escalate: a case as routing and escalation see it. It names the case, its queue,
 * priority, type and product, its size in capacity units (a chat may weigh 1, a phone call the agent's whole
 * capacity), the skills it requires and those it would prefer (dropped after a wait by
 * {@link SkillsBasedRouting}), when it entered the queue and, when an SLA applies, when it is due.
 *
 * <pre>{@code
 * WorkItem item = WorkItem.builder(tenant, new CaseId("c-1"), "support", clock.instant())
 *     .priority(WorkPriority.HIGH).product("router-x").requiring(SkillRequirement.of("french", 3)).build();
 * }</pre>
 */
public record WorkItem(
    TenantId tenantId,
    CaseId caseId,
    String queue,
    WorkPriority priority,
    String type,
    Optional<String> product,
    int size,
    List<SkillRequirement> requiredSkills,
    List<SkillRequirement> optionalSkills,
    Instant createdAt,
    Optional<Instant> slaDueAt) {

  public WorkItem {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(requiredSkills, "requiredSkills");
    Objects.requireNonNull(optionalSkills, "optionalSkills");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(slaDueAt, "slaDueAt");
    ValidationException.check(!queue.isBlank(), "queue", "must not be blank");
    ValidationException.check(!type.isBlank(), "type", "must not be blank");
    product.ifPresent(p -> ValidationException.check(!p.isBlank(), "product", "must not be blank when present"));
    ValidationException.check(size >= 1, "size", "must be at least 1 capacity unit but was " + size);
    requiredSkills = List.copyOf(requiredSkills);
    optionalSkills = List.copyOf(optionalSkills);
    Set<String> skills = new HashSet<>();
    for (SkillRequirement r : requiredSkills) {
      ValidationException.check(skills.add(r.skill()), "requiredSkills", "names skill '" + r.skill() + "' twice");
    }
    for (SkillRequirement r : optionalSkills) {
      ValidationException.check(skills.add(r.skill()), "optionalSkills",
          "names skill '" + r.skill() + "' twice or also as required");
    }
  }

  /** A builder for the item of {@code caseId} entering {@code queue} at {@code createdAt}. */
  public static Builder builder(TenantId tenantId, CaseId caseId, String queue, Instant createdAt) {
    return new Builder(tenantId, caseId, queue, createdAt);
  }

  /** Whether an SLA target applies (the item counts as SLA-bearing work of the agent who holds it). */
  public boolean slaBearing() {
    return slaDueAt.isPresent();
  }

  /** How long the item has waited at {@code now} (zero before it was created). */
  public Duration age(Instant now) {
    Objects.requireNonNull(now, "now");
    return now.isBefore(createdAt) ? Duration.ZERO : Duration.between(createdAt, now);
  }

  /** This item in another queue. */
  public WorkItem withQueue(String newQueue) {
    return new WorkItem(tenantId, caseId, newQueue, priority, type, product, size, requiredSkills, optionalSkills,
        createdAt, slaDueAt);
  }

  /** This item at another priority. */
  public WorkItem withPriority(WorkPriority newPriority) {
    return new WorkItem(tenantId, caseId, queue, newPriority, type, product, size, requiredSkills, optionalSkills,
        createdAt, slaDueAt);
  }

  /** Builds a {@link WorkItem}; defaults: priority normal, type {@code question}, no product, size 1, no skills, no SLA. */
  public static final class Builder {
    private final TenantId tenantId;
    private final CaseId caseId;
    private final String queue;
    private final Instant createdAt;
    private WorkPriority priority = WorkPriority.NORMAL;
    private String type = "question";
    private Optional<String> product = Optional.empty();
    private int size = 1;
    private final List<SkillRequirement> required = new ArrayList<>();
    private final List<SkillRequirement> optional = new ArrayList<>();
    private Optional<Instant> slaDueAt = Optional.empty();

    private Builder(TenantId tenantId, CaseId caseId, String queue, Instant createdAt) {
      this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
      this.caseId = Objects.requireNonNull(caseId, "caseId");
      this.queue = Objects.requireNonNull(queue, "queue");
      this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Builder priority(WorkPriority value) {
      this.priority = Objects.requireNonNull(value, "priority");
      return this;
    }

    public Builder type(String value) {
      this.type = Objects.requireNonNull(value, "type");
      return this;
    }

    public Builder product(String value) {
      this.product = Optional.of(Objects.requireNonNull(value, "product"));
      return this;
    }

    public Builder size(int units) {
      this.size = units;
      return this;
    }

    /** Adds skills an agent must have. */
    public Builder requiring(SkillRequirement... skills) {
      required.addAll(List.of(skills));
      return this;
    }

    /** Adds skills an agent should have, which {@link SkillsBasedRouting} may drop after a wait. */
    public Builder preferring(SkillRequirement... skills) {
      optional.addAll(List.of(skills));
      return this;
    }

    public Builder slaDueAt(Instant due) {
      this.slaDueAt = Optional.of(Objects.requireNonNull(due, "slaDueAt"));
      return this;
    }

    public WorkItem build() {
      return new WorkItem(tenantId, caseId, queue, priority, type, product, size, required, optional, createdAt,
          slaDueAt);
    }
  }
}
