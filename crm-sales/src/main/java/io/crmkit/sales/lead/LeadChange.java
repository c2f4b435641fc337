package io.crmkit.sales.lead;

import io.crmkit.core.event.DomainEvent;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link LeadService} write did: the lead as stored now and the events it published, in order.
 * {@code Lead saved = service.update(lead, "u-1").lead();}
 */
public record LeadChange(Lead lead, List<DomainEvent> events) {
  public LeadChange {
    Objects.requireNonNull(lead, "lead");
    events = List.copyOf(events);
  }

  /** The published events of type {@code type}, in order. */
  public <E extends DomainEvent> List<E> events(Class<E> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
