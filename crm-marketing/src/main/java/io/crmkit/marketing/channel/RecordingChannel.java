package io.crmkit.marketing.channel;

import io.crmkit.core.party.ContactId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link Channel} that keeps every message it is given instead of sending it, for tests and the demo. It is
 * idempotent as the SPI asks: a message id delivered again is acknowledged and not recorded twice. Thread-safe.
 *
 * <pre>{@code
 * RecordingChannel outbox = new RecordingChannel();
 * outbox.deliver(message);
 * assertThat(outbox.sentTo(contactId)).hasSize(1);
 * }</pre>
 */
public final class RecordingChannel implements Channel {
  private final Map<MessageId, OutboundMessage> sent = new LinkedHashMap<>();

  @Override
  public synchronized DeliveryReceipt deliver(OutboundMessage message) {
    Objects.requireNonNull(message, "message");
    sent.putIfAbsent(message.id(), message);
    return DeliveryReceipt.accepted(message.id(), "recorded-" + message.id().value());
  }

  /** Every distinct message delivered so far, in delivery order. */
  public synchronized List<OutboundMessage> sent() {
    return List.copyOf(sent.values());
  }

  /** The messages addressed to {@code contact}, in delivery order. */
  public synchronized List<OutboundMessage> sentTo(ContactId contact) {
    Objects.requireNonNull(contact, "contact");
    List<OutboundMessage> out = new ArrayList<>();
    for (OutboundMessage m : sent.values()) {
      if (m.recipient().filter(contact::equals).isPresent()) {
        out.add(m);
      }
    }
    return List.copyOf(out);
  }

  /** Forgets every recorded message. */
  public synchronized void clear() {
    sent.clear();
  }
}
