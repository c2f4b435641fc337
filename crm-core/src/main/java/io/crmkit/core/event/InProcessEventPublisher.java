package io.crmkit.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A thread-safe, synchronous event bus inside one process: {@link #publish} hands the event to every
 * subscriber whose type the event is an instance of (its class, a supertype or an interface), in
 * subscription order, on the calling thread.
 *
 * <p>A failing subscriber does not stop the others: after every subscriber has had the event, the first
 * failure is rethrown with the later ones attached as suppressed exceptions. (An {@link Error} is not
 * caught: it stops delivery at once.)
 *
 * <pre>{@code
 * InProcessEventPublisher bus = new InProcessEventPublisher();
 * try (var sub = bus.subscribe(RecordChanged.class, e -> cache.invalidateAll(e.subjects()))) { ... }
 * }</pre>
 */
public final class InProcessEventPublisher implements EventPublisher {

  /** A registration of one subscriber; closing it stops delivery to it (closing twice is harmless). */
  public interface Subscription extends AutoCloseable {
    /** Stops delivery to this subscriber. */
    @Override
    void close();
  }

  private final CopyOnWriteArrayList<Registration<?>> registrations = new CopyOnWriteArrayList<>();

  /** Creates a bus without subscribers. */
  public InProcessEventPublisher() {}

  /** Delivers every published event that is an instance of {@code type} to {@code subscriber}. */
  public <E> Subscription subscribe(Class<E> type, Consumer<? super E> subscriber) {
    Registration<E> r = new Registration<>(Objects.requireNonNull(type, "type"), Objects.requireNonNull(subscriber, "subscriber"));
    registrations.add(r);
    return () -> registrations.remove(r);
  }

  /** How many subscriptions are open. */
  public int subscriberCount() {
    return registrations.size();
  }

  @Override
  public void publish(DomainEvent event) {
    Objects.requireNonNull(event, "event");
    List<RuntimeException> failures = new ArrayList<>(0);
    for (Registration<?> r : registrations) {
      try {
        r.deliver(event);
      } catch (RuntimeException e) {
        failures.add(e);
      }
    }
    if (!failures.isEmpty()) {
      RuntimeException first = failures.get(0);
      for (int i = 1; i < failures.size(); i++) {
        if (failures.get(i) != first) {
          first.addSuppressed(failures.get(i));
        }
      }
      throw first;
    }
  }

  // identity equality on purpose: the same consumer may be subscribed twice and closed separately
  private static final class Registration<E> {
    private final Class<E> type;
    private final Consumer<? super E> subscriber;

    Registration(Class<E> type, Consumer<? super E> subscriber) {
      this.type = type;
      this.subscriber = subscriber;
    }

    void deliver(DomainEvent event) {
      if (type.isInstance(event)) {
        subscriber.accept(type.cast(event));
      }
    }
  }
}
