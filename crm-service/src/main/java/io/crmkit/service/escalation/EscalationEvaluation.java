package io.crmkit.service.escalation;

import io.crmkit.core.ValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of evaluating {@link EscalationRules} for one item at one instant: the rule that matched (empty:
 * none did), the tiers firing now in order of age (each one an {@link EscalationRaised}), the tiers still to come,
 * and an explanation. {@code evaluation.raised().forEach(e -> act(e.actions()));}
 */
public record EscalationEvaluation(
    Optional<String> matchedRule, List<EscalationRaised> raised, List<String> pendingTiers, String explanation) {
  public EscalationEvaluation {
    Objects.requireNonNull(matchedRule, "matchedRule");
    raised = List.copyOf(Objects.requireNonNull(raised, "raised"));
    pendingTiers = List.copyOf(Objects.requireNonNull(pendingTiers, "pendingTiers"));
    Objects.requireNonNull(explanation, "explanation");
    ValidationException.check(!explanation.isBlank(), "explanation", "must say why");
    ValidationException.check(matchedRule.isPresent() || raised.isEmpty(), "raised",
        "must be empty when no rule matched");
  }

  /** Whether any tier fires now. */
  public boolean escalates() {
    return !raised.isEmpty();
  }
}
