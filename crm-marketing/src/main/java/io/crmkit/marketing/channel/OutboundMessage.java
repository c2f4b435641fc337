package io.crmkit.marketing.channel;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.party.ContactId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message the library decided to send and the host delivers through a {@link Channel}; one record per
 * {@link ChannelKind}. Every message names why it exists ({@link #reason()}), e.g. {@code "journey 'onboarding',
 * step 'welcome'"}, and when it was meant to go out ({@link #nominalAt()}).
 *
 * <p>{@code channel.deliver(new OutboundMessage.Email(id, tenant, contact, "ada@example.com", subject, html, text, at, why))}
 */
public sealed interface OutboundMessage {

  /** The message id; engagement events refer to it. */
  MessageId id();

  /** The tenant sending it. */
  TenantId tenantId();

  /** Its kind. */
  ChannelKind kind();

  /** The contact it is addressed to; empty for a social post. */
  Optional<ContactId> recipient();

  /** When it was meant to be sent (the due time of the step or the schedule). */
  Instant nominalAt();

  /** Why it is being sent, in words a marketer can read. */
  String reason();

  /** An e-mail: address, subject, HTML body and text body. */
  record Email(
      MessageId id, TenantId tenantId, ContactId contact, String to, String subject, String html, String text,
      Instant nominalAt, String reason) implements OutboundMessage {
    public Email {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(tenantId, "tenantId");
      Objects.requireNonNull(contact, "contact");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(html, "html");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(nominalAt, "nominalAt");
      Objects.requireNonNull(reason, "reason");
      ValidationException.check(to.contains("@"), "to", "must be an e-mail address but was '" + to + "'");
    }

    @Override
    public ChannelKind kind() {
      return ChannelKind.EMAIL;
    }

    @Override
    public Optional<ContactId> recipient() {
      return Optional.of(contact);
    }
  }

  /** A text message to a phone number in E.164 form. */
  record Sms(MessageId id, TenantId tenantId, ContactId contact, String to, String text, Instant nominalAt, String reason)
      implements OutboundMessage {
    public Sms {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(tenantId, "tenantId");
      Objects.requireNonNull(contact, "contact");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(nominalAt, "nominalAt");
      Objects.requireNonNull(reason, "reason");
      ValidationException.check(to.matches("\\+[1-9][0-9]{6,14}"), "to", "must be a phone number in E.164 form but was '" + to + "'");
      ValidationException.check(!text.isBlank(), "text", "must not be blank");
    }

    @Override
    public ChannelKind kind() {
      return ChannelKind.SMS;
    }

    @Override
    public Optional<ContactId> recipient() {
      return Optional.of(contact);
    }
  }

  /** A push notification with a title and a body; the host maps the contact to its devices. */
  record Push(MessageId id, TenantId tenantId, ContactId contact, String title, String body, Instant nominalAt, String reason)
      implements OutboundMessage {
    public Push {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(tenantId, "tenantId");
      Objects.requireNonNull(contact, "contact");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(body, "body");
      Objects.requireNonNull(nominalAt, "nominalAt");
      Objects.requireNonNull(reason, "reason");
      ValidationException.check(!body.isBlank(), "body", "must not be blank");
    }

    @Override
    public ChannelKind kind() {
      return ChannelKind.PUSH;
    }

    @Override
    public Optional<ContactId> recipient() {
      return Optional.of(contact);
    }
  }

  /** A post on a social network ({@code linkedin}, {@code mastodon}, ...), addressed to no one in particular. */
  record SocialPost(MessageId id, TenantId tenantId, String network, String text, Instant nominalAt, String reason)
      implements OutboundMessage {
    public SocialPost {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(tenantId, "tenantId");
      Objects.requireNonNull(network, "network");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(nominalAt, "nominalAt");
      Objects.requireNonNull(reason, "reason");
      ValidationException.check(network.matches("[a-z0-9][a-z0-9_.-]{0,31}"), "network",
          "must be a lower-case network name such as 'linkedin' but was '" + network + "'");
      ValidationException.check(!text.isBlank(), "text", "must not be blank");
    }

    @Override
    public ChannelKind kind() {
      return ChannelKind.SOCIAL_POST;
    }

    @Override
    public Optional<ContactId> recipient() {
      return Optional.empty();
    }
  }
}
