package io.crmkit.sales.assignment;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Capacity-weighted allocation as Odoo's sales teams do it: each member has a capacity for the period, and the
 * next record goes to the member with the largest share of their capacity still free ({@code (capacity - load)
 * / capacity}); ties go to the one with more free places, then to the earlier member. When everybody is full,
 * nobody is assigned and the decision lists every member's load. The loads are the caller's (records assigned in
 * the period), so allocation is a pure function.
 *
 * <pre>{@code
 * CapacityAllocation team = CapacityAllocation.of(tenant, "inside-sales",
 *     List.of(new CapacityMember("u-1", 30), new CapacityMember("u-2", 10)));
 * AssignmentDecision d = team.assign(Map.of("u-1", 12, "u-2", 3));   // u-2: 70% free beats 60%
 * }</pre>
 */
public final class CapacityAllocation {
  private final TenantId tenantId;
  private final String name;
  private final List<CapacityMember> members;

  private CapacityAllocation(TenantId tenantId, String name, List<CapacityMember> members) {
    this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
    this.name = Objects.requireNonNull(name, "name");
    ValidationException.check(!name.isBlank(), "allocation.name", "must not be blank");
    this.members = List.copyOf(members);
    ValidationException.check(!this.members.isEmpty(), "members", "must hold at least one member");
    Set<String> seen = new HashSet<>();
    for (CapacityMember m : this.members) {
      ValidationException.check(seen.add(m.userId()), "members", "names '" + m.userId() + "' twice");
    }
  }

  public static CapacityAllocation of(TenantId tenantId, String name, List<CapacityMember> members) {
    return new CapacityAllocation(tenantId, name, members);
  }

  public TenantId tenantId() {
    return tenantId;
  }

  public String name() {
    return name;
  }

  public List<CapacityMember> members() {
    return members;
  }

  /**
   * The member for the next record given each member's current {@code load} (absent: 0), or nobody when all
   * are full.
   *
   * @throws ValidationException when a load is negative
   */
  public AssignmentDecision assign(Map<String, Integer> load) {
    Objects.requireNonNull(load, "load");
    CapacityMember best = null;
    int bestFree = 0;
    List<String> full = new ArrayList<>();
    for (CapacityMember m : members) {
      int l = load.getOrDefault(m.userId(), 0);
      ValidationException.check(l >= 0, "load", "must not be negative but was " + l + " for " + m.userId());
      int free = m.capacity() - l;
      if (free <= 0) {
        full.add(m.userId() + " " + l + "/" + m.capacity());
        continue;
      }
      // free/capacity > bestFree/best.capacity, compared without rounding
      if (best == null || (long) free * best.capacity() > (long) bestFree * m.capacity()
          || ((long) free * best.capacity() == (long) bestFree * m.capacity() && free > bestFree)) {
        best = m;
        bestFree = free;
      }
    }
    String decidedBy = "capacity allocation '" + name + "'";
    if (best == null) {
      return AssignmentDecision.nobody(decidedBy, "every member is at capacity: " + String.join(", ", full));
    }
    int l = best.capacity() - bestFree;
    return AssignmentDecision.to(AssignmentTarget.user(best.userId()), decidedBy, String.format(Locale.ROOT,
        "most capacity free: %d of %d (%.0f%%) with %d assigned", bestFree, best.capacity(),
        100.0 * bestFree / best.capacity(), l));
  }
}
