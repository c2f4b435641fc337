package io.crmkit.service.routing;

import io.crmkit.core.ValidationException;
import java.util.List;
import java.util.Objects;

/**
 * How one agent fared in a routing decision: every {@link Exclusion} that kept them out (none when eligible),
 * and a summary of their standing (load, open SLA items, skills matched) used to rank the eligible ones.
 * {@code decision.candidates().stream().filter(c -> !c.eligible())}.
 */
public record CandidateAssessment(String agentId, List<Exclusion> exclusions, String standing) {
  public CandidateAssessment {
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(standing, "standing");
    exclusions = List.copyOf(Objects.requireNonNull(exclusions, "exclusions"));
    ValidationException.check(!standing.isBlank(), "standing", "must describe the agent's standing");
  }

  /** Whether nothing kept the agent out. */
  public boolean eligible() {
    return exclusions.isEmpty();
  }

  @Override
  public String toString() {
    return agentId + (eligible() ? " eligible" : " excluded " + exclusions) + "; " + standing;
  }
}
