package io.crmkit.service.intake;

import io.crmkit.core.event.DomainEvent;
import io.crmkit.service.cases.Case;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link CaseIntake#receive} did with one message: the decision, the case as stored now (empty when
 * ignored) and the events published. {@code result.supportCase().map(Case::id)}
 */
public record IntakeResult(IntakeDecision decision, Optional<Case> supportCase, List<DomainEvent> events) {
  public IntakeResult {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(supportCase, "supportCase");
    events = List.copyOf(events);
  }
}
