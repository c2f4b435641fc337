package io.crmkit.marketing.channel;

import io.crmkit.core.ValidationException;
import io.crmkit.core.party.Contact;
import io.crmkit.marketing.template.RenderedMessage;
import java.time.Instant;
import java.util.Objects;

/**
 * Builds the {@link OutboundMessage} of one kind for one contact from a {@link RenderedMessage}: the e-mail goes
 * to the primary e-mail address, the SMS to the primary phone, the push to the contact (subject as title).
 *
 * <p>{@code OutboundMessages.to(contact, ChannelKind.EMAIL, id, compiled.render(MergeContext.of(contact)), at, why)}
 */
public final class OutboundMessages {
  private OutboundMessages() {}

  /**
   * The message of {@code kind} to {@code contact}.
   *
   * @throws ValidationException when the contact has no address for the kind, or the kind is a social post
   */
  public static OutboundMessage to(Contact contact, ChannelKind kind, MessageId id, RenderedMessage rendered, Instant nominalAt,
      String reason) {
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(rendered, "rendered");
    Objects.requireNonNull(nominalAt, "nominalAt");
    Objects.requireNonNull(reason, "reason");
    return switch (kind) {
      case EMAIL -> new OutboundMessage.Email(id, contact.tenantId(), contact.id(),
          contact.primaryEmail().orElseThrow(() -> new ValidationException("contact",
              "'" + contact.id() + "' has no e-mail address")),
          rendered.subject().orElse(""), rendered.html().orElse(""), rendered.text(), nominalAt, reason);
      case SMS -> new OutboundMessage.Sms(id, contact.tenantId(), contact.id(),
          contact.primaryPhone().orElseThrow(() -> new ValidationException("contact",
              "'" + contact.id() + "' has no phone number")),
          rendered.text(), nominalAt, reason);
      case PUSH -> new OutboundMessage.Push(id, contact.tenantId(), contact.id(), rendered.subject().orElse(""),
          rendered.text(), nominalAt, reason);
      case SOCIAL_POST -> throw new ValidationException("kind", "a social post is addressed to no contact");
    };
  }
}
