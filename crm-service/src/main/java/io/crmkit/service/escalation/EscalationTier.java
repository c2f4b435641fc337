package io.crmkit.service.escalation;

import io.crmkit.core.ValidationException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One step of an {@link EscalationRule}: once an item is older than {@code after} (in the rule's
 * {@link TimeBasis}), the tier fires once with its actions.
 * {@code EscalationTier.of("t2", Duration.ofHours(8), new ReassignToQueue("tier-2"), new RaisePriority(HIGH))}.
 */
public record EscalationTier(String id, Duration after, List<EscalationAction> actions) {
  public EscalationTier {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(after, "after");
    actions = List.copyOf(Objects.requireNonNull(actions, "actions"));
    ValidationException.check(!id.isBlank(), "tier.id", "must not be blank");
    ValidationException.check(!after.isNegative() && !after.isZero(), "after", "must be positive but was " + after + " in tier " + id);
    ValidationException.check(!actions.isEmpty(), "actions", "tier " + id + " must have at least one action");
  }

  /** The tier {@code id} firing after {@code after} with {@code actions}. */
  public static EscalationTier of(String id, Duration after, EscalationAction... actions) {
    return new EscalationTier(id, after, List.of(actions));
  }
}
