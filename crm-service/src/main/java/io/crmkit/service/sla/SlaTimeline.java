package io.crmkit.service.sla;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.service.cases.CaseId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What SLA clocks read of a case: its current priority, type and customer tier (which select the targets),
 * when it was opened and in which status, and its status changes and replies. A case aggregate maps onto
 * it; the events are kept in {@link SlaEvent#ORDER}, whatever order they are given in.
 *
 * <p>{@code new SlaTimeline(tenant, caseId, "high", "incident", "gold", openedAt, "new", events)}
 *
 * @param events events at or after {@code openedAt}
 */
public record SlaTimeline(
    TenantId tenantId, CaseId caseId, String priority, String type, String tier,
    Instant openedAt, String initialStatus, List<SlaEvent> events) {
  public SlaTimeline {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(initialStatus, "initialStatus");
    Objects.requireNonNull(events, "events");
    List<SlaEvent> sorted = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      SlaEvent e = Objects.requireNonNull(events.get(i), "events[" + i + "]");
      if (e.at().isBefore(openedAt)) {
        throw new ValidationException("events[" + i + "].at", "must not be before openedAt " + openedAt + " but was " + e.at());
      }
      sorted.add(e);
    }
    sorted.sort(SlaEvent.ORDER);
    events = List.copyOf(sorted);
  }

  /** This timeline with one more event. */
  public SlaTimeline with(SlaEvent event) {
    List<SlaEvent> all = new ArrayList<>(events);
    all.add(Objects.requireNonNull(event, "event"));
    return new SlaTimeline(tenantId, caseId, priority, type, tier, openedAt, initialStatus, all);
  }
}
