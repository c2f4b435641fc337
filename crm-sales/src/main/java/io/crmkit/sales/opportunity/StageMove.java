package io.crmkit.sales.opportunity;

import io.crmkit.core.event.DomainEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of moving an opportunity to another stage: the opportunity after the move, the
 * {@link StageChanged} event and, when the move closed it, an {@link OpportunityWon} or {@link OpportunityLost}.
 *
 * <p>{@code StageMove m = stages.move(id, version, "closed_won"); m.events().forEach(publisher::publish);}
 *
 * @param opportunity the opportunity in its new stage (stored, with its new version, when it comes from
 *     {@link OpportunityStages#move})
 * @param change the stage change
 * @param outcome the won or lost event when the move closed the opportunity
 */
public record StageMove(Opportunity opportunity, StageChanged change, Optional<DomainEvent> outcome) {
  public StageMove {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(outcome, "outcome");
    outcome.ifPresent(e -> io.crmkit.core.ValidationException.check(
        e instanceof OpportunityWon || e instanceof OpportunityLost, "outcome", "must be OpportunityWon or OpportunityLost but was " + e));
  }

  /** The events of the move, in order: the stage change, then the outcome if any. */
  public List<DomainEvent> events() {
    List<DomainEvent> all = new ArrayList<>(2);
    all.add(change);
    outcome.ifPresent(all::add);
    return List.copyOf(all);
  }

  /** This move with {@code stored} (the same opportunity after the store gave it a version). */
  StageMove withOpportunity(Opportunity stored) {
    return new StageMove(stored, change, outcome);
  }
}
