package io.crmkit.core.event;

/**
 * The SPI through which crmkit hands out domain events; the host implements it to deliver them (an outbox
 * table, a message broker, an in-process bus such as {@link InProcessEventPublisher}).
 *
 * <p>{@code EventPublisher events = store::appendToOutbox;}
 */
@FunctionalInterface
public interface EventPublisher {
  /**
   * Publishes one event. Implementations decide whether delivery is synchronous; an exception thrown here
   * reaches the code that caused the event.
   */
  void publish(DomainEvent event);

  /** A publisher that drops every event, for hosts that do not listen. */
  static EventPublisher discarding() {
    return event -> java.util.Objects.requireNonNull(event, "event");
  }
}
