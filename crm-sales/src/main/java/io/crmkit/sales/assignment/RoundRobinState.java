package io.crmkit.sales.assignment;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * The persisted pointer of one {@link RoundRobin}: who was assigned last and at which position of the member
 * list. The caller stores it beside the assignment (in the same transaction) and passes it to the next
 * {@link RoundRobin#next} call; {@link RoundRobin#initialState()} is the state before the first assignment.
 */
public record RoundRobinState(TenantId tenantId, String roundRobin, Optional<String> lastMember, int lastPosition) {
  public RoundRobinState {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(roundRobin, "roundRobin");
    Objects.requireNonNull(lastMember, "lastMember");
    ValidationException.check(lastPosition >= -1, "lastPosition", "must be -1 (nobody yet) or a position >= 0");
    ValidationException.check(lastMember.isPresent() == (lastPosition >= 0), "lastPosition",
        "must be -1 exactly when nobody has been assigned yet");
  }
}
