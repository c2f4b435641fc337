package io.crmkit.sales.partner;

import io.crmkit.sales.assignment.AssignmentDecision;
import io.crmkit.sales.assignment.RecordAssigned;
import io.crmkit.sales.assignment.RoundRobinState;
import io.crmkit.sales.lead.Lead;
import java.util.Objects;

/**
 * A lead handed to a partner by {@link LeadDistribution}: the stored lead (partner and owner set), the partner, the
 * round-robin decision that chose the user, the pointer to persist for the partner's next lead, and the event.
 *
 * <p>{@code saveTurn(assignment.partner().id(), assignment.state());}
 */
public record PartnerLeadAssignment(
    Lead lead, Partner partner, AssignmentDecision decision, RoundRobinState state, RecordAssigned event) {
  public PartnerLeadAssignment {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(event, "event");
  }
}
