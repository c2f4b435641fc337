package io.crmkit.service.routing;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.service.cases.CaseId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of routing one work item, explained: the strategy that decided, the agent chosen (empty: the item
 * stays in its queue), every candidate considered with why each was excluded, the reason the winner won or why
 * nobody could take it, and, when waiting changes the answer (optional skills dropped), when to route again.
 *
 * <p>{@code decision.agentId().ifPresentOrElse(a -> offer(item, a), () -> keepQueued(item, decision.reason()));}
 */
public record RoutingDecision(
    TenantId tenantId, CaseId caseId, String queue, String strategy, Optional<String> agentId,
    List<CandidateAssessment> candidates, String reason, Optional<Instant> reconsiderAt) {

  public RoutingDecision {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(reconsiderAt, "reconsiderAt");
    candidates = List.copyOf(Objects.requireNonNull(candidates, "candidates"));
    ValidationException.check(!reason.isBlank(), "reason", "must say why");
    if (agentId.isPresent()) {
      String chosen = agentId.get();
      ValidationException.check(candidates.stream().anyMatch(c -> c.agentId().equals(chosen) && c.eligible()),
          "agentId", "must name an eligible candidate but was " + chosen);
    }
  }

  static RoutingDecision routed(WorkItem item, String strategy, String agent, List<CandidateAssessment> candidates,
      String reason) {
    return new RoutingDecision(item.tenantId(), item.caseId(), item.queue(), strategy, Optional.of(agent), candidates,
        reason, Optional.empty());
  }

  static RoutingDecision queued(WorkItem item, String strategy, List<CandidateAssessment> candidates, String reason,
      Optional<Instant> reconsiderAt) {
    return new RoutingDecision(item.tenantId(), item.caseId(), item.queue(), strategy, Optional.empty(), candidates,
        reason, reconsiderAt);
  }

  /** Whether an agent was chosen. */
  public boolean routed() {
    return agentId.isPresent();
  }

  /** The assessment of {@code agent}, when they were considered. */
  public Optional<CandidateAssessment> candidate(String agent) {
    return candidates.stream().filter(c -> c.agentId().equals(agent)).findFirst();
  }

  @Override
  public String toString() {
    return caseId + " -> " + agentId.orElse("queue '" + queue + "'") + " by " + strategy + ": " + reason;
  }
}
