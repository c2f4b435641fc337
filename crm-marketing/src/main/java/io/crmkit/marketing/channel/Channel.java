package io.crmkit.marketing.channel;

/**
 * The delivery SPI the host implements (an e-mail service, an SMS gateway, a push service, a social network's
 * API): crmkit decides what to send, the host's channel sends it. Implementations must be idempotent on
 * {@link OutboundMessage#id()}: delivering the same id twice sends once.
 *
 * <pre>{@code
 * Channel mail = message -> DeliveryReceipt.accepted(message.id(), ses.send(toSesRequest(message)));
 * }</pre>
 */
@FunctionalInterface
public interface Channel {

  /** Hands one message to the provider; the answer says whether it was accepted. */
  DeliveryReceipt deliver(OutboundMessage message);

  /** Whether this channel delivers messages of {@code kind}; every kind unless overridden. */
  default boolean supports(ChannelKind kind) {
    return true;
  }
}
