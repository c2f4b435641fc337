package io.crmkit.marketing.channel;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Hands each inbound {@link EngagementEvent} to every registered {@link EngagementListener}, in registration
 * order, on the caller's thread. A listener that throws stops the dispatch and the exception reaches the caller,
 * so the host can retry the whole event (listeners are idempotent).
 *
 * <pre>{@code
 * EngagementRouter router = new EngagementRouter();
 * router.register(members::onEngagement);
 * router.dispatch(EngagementEvent.of(tenant, messageId, contactId, EngagementKind.OPENED, at));
 * }</pre>
 */
public final class EngagementRouter {
  private final List<EngagementListener> listeners = new CopyOnWriteArrayList<>();

  /** Adds a listener. */
  public void register(EngagementListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /** Gives {@code event} to every listener. */
  public void dispatch(EngagementEvent event) {
    Objects.requireNonNull(event, "event");
    for (EngagementListener l : listeners) {
      l.onEngagement(event);
    }
  }
}
