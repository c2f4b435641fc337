package io.crmkit.marketing.channel;

import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Channel} answered for one message: accepted for delivery (with the provider's id when it gave
 * one) or rejected with the provider's reason. {@code DeliveryReceipt.accepted(message.id(), "ses-123")}
 *
 * @param providerId the provider's id of the message, used to match its later callbacks
 * @param detail the provider's words, for a rejection the reason
 */
public record DeliveryReceipt(MessageId messageId, boolean accepted, Optional<String> providerId, String detail) {
  public DeliveryReceipt {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(providerId, "providerId");
    Objects.requireNonNull(detail, "detail");
  }

  /** The message was accepted for delivery under {@code providerId}. */
  public static DeliveryReceipt accepted(MessageId messageId, String providerId) {
    return new DeliveryReceipt(messageId, true, Optional.of(providerId), "accepted");
  }

  /** The message was refused by the provider for {@code reason}. */
  public static DeliveryReceipt rejected(MessageId messageId, String reason) {
    return new DeliveryReceipt(messageId, false, Optional.empty(), reason);
  }
}
