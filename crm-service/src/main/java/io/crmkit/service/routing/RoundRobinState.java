package io.crmkit.service.routing;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * The persisted pointer of one {@link RoundRobinRouting}: which agent received work last and at which position
 * of the member list. The caller stores it with the assignment (in the same transaction) and passes it to the
 * next {@link RoundRobinRouting#route} call; {@link RoundRobinRouting#initialState()} is the state before the
 * first item.
 */
public record RoundRobinState(TenantId tenantId, String queue, Optional<String> lastAgent, int lastPosition) {
  public RoundRobinState {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(lastAgent, "lastAgent");
    ValidationException.check(lastPosition >= -1, "lastPosition", "must be -1 (nobody yet) or a position >= 0");
    ValidationException.check(lastAgent.isPresent() == (lastPosition >= 0), "lastPosition",
        "must be -1 exactly when no agent has received work yet");
  }
}
