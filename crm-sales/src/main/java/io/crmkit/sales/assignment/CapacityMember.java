package io.crmkit.sales.assignment;

import io.crmkit.core.EntityId;
import io.crmkit.core.ValidationException;

/**
 * A member of a {@link CapacityAllocation}: a user and how many records they can hold in the period (Odoo's
 * "maximum leads per 30 days"), which is also their weight: a member with twice the capacity gets twice the
 * records.
 */
public record CapacityMember(String userId, int capacity) {
  public CapacityMember {
    EntityId.checked(userId, "userId");
    ValidationException.check(capacity > 0, "capacity", "must be at least 1 but was " + capacity + " for " + userId);
  }
}
