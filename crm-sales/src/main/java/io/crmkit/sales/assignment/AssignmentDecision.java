package io.crmkit.sales.assignment;

import io.crmkit.core.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one assignment, explained: whom it chose (empty when nobody could take the record, e.g. every
 * member of a capacity pool is full), which rule, round robin or pool decided ({@code decidedBy}, e.g.
 * {@code rule 'dach-enterprise' of 'lead-intake'}), and why, in words a person can check.
 *
 * <p>{@code decision.assignee().ifPresent(t -> lead = lead.withOwner(t.toOwner()));}
 */
public record AssignmentDecision(Optional<AssignmentTarget> assignee, String decidedBy, String reason) {
  public AssignmentDecision {
    Objects.requireNonNull(assignee, "assignee");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(reason, "reason");
    ValidationException.check(!decidedBy.isBlank(), "decidedBy", "must name the rule, round robin or pool");
    ValidationException.check(!reason.isBlank(), "reason", "must say why");
  }

  static AssignmentDecision to(AssignmentTarget target, String decidedBy, String reason) {
    return new AssignmentDecision(Optional.of(target), decidedBy, reason);
  }

  static AssignmentDecision nobody(String decidedBy, String reason) {
    return new AssignmentDecision(Optional.empty(), decidedBy, reason);
  }

  /** Whether somebody was chosen. */
  public boolean assigned() {
    return assignee.isPresent();
  }

  @Override
  public String toString() {
    return assignee.map(AssignmentTarget::toString).orElse("nobody") + " by " + decidedBy + ": " + reason;
  }
}
