package io.crmkit.service.cases;

import io.crmkit.core.event.DomainEvent;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link CaseService} write did: the case as stored now and the events it published, in order.
 * {@code Case saved = service.comment(...).supportCase();}
 */
public record CaseChange(Case supportCase, List<DomainEvent> events) {
  public CaseChange {
    Objects.requireNonNull(supportCase, "supportCase");
    events = List.copyOf(events);
  }

  /** The published events of type {@code type}, in order. */
  public <E extends DomainEvent> List<E> events(Class<E> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** Publishes the events to {@code publisher}, in order, and returns this change. */
  CaseChange publishedBy(io.crmkit.core.event.EventPublisher publisher) {
    events.forEach(publisher::publish);
    return this;
  }
}
