package io.crmkit.service.intake;

import io.crmkit.core.ValidationException;
import io.crmkit.service.cases.CaseChannel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The SPI through which a host hands crmkit one message from a channel — an e-mail, a web-form or portal
 * submission, a chat transcript, a phone call's notes, a social message — for {@link CaseIntake} to turn into
 * a case or a reply. Hosts implement it over their own message type, or build one:
 *
 * <pre>{@code
 * InboundMessage mail = InboundMessage.builder(CaseChannel.EMAIL, "ada@example.com", clock.instant())
 *     .subject("Re: [#CASE-42] Printer on fire")
 *     .body("Still smoking.")
 *     .header("Message-ID", "<r2@example.com>")
 *     .header("In-Reply-To", "<r1@crm.example>")
 *     .build();
 * }</pre>
 */
public interface InboundMessage {
  /** The channel it came through. */
  CaseChannel channel();

  /** Who sent it: an e-mail address, a phone number, a chat or social handle. */
  String sender();

  /** The subject line; may be empty (a chat, a call). */
  String subject();

  /** The text. */
  String body();

  /** The headers (e-mail headers, or a channel's metadata such as {@code Conversation-ID}). */
  MessageHeaders headers();

  /** When it was received. */
  Instant receivedAt();

  /** The message's own id: the e-mail's Message-ID without angle brackets, lower-cased. */
  default Optional<String> messageId() {
    return headers().messageIds("Message-ID").stream().findFirst();
  }

  /**
   * Every id this message points at to join a conversation: In-Reply-To and References message ids, and for
   * chat and social a {@code Conversation-ID} header (as {@code conversation:<id>}).
   */
  default Set<String> referencedIds() {
    Set<String> ids = new LinkedHashSet<>(headers().messageIds("In-Reply-To"));
    ids.addAll(headers().messageIds("References"));
    headers().first("Conversation-ID").filter(c -> !c.isBlank())
        .ifPresent(c -> ids.add("conversation:" + c.toLowerCase(java.util.Locale.ROOT)));
    return Set.copyOf(ids);
  }

  /** Starts a message from {@code sender} on {@code channel}, received at {@code receivedAt}. */
  static Builder builder(CaseChannel channel, String sender, Instant receivedAt) {
    return new Builder(channel, sender, receivedAt);
  }

  /** Builds a plain {@link InboundMessage}; subject and body default to empty, headers to none. */
  final class Builder {
    private final CaseChannel channel;
    private final String sender;
    private final Instant receivedAt;
    private String subject = "";
    private String body = "";
    private final List<MessageHeaders.Header> headers = new ArrayList<>();

    private Builder(CaseChannel channel, String sender, Instant receivedAt) {
      this.channel = Objects.requireNonNull(channel, "channel");
      this.sender = Objects.requireNonNull(sender, "sender");
      this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    }

    public Builder subject(String value) {
      this.subject = Objects.requireNonNull(value, "subject");
      return this;
    }

    public Builder body(String value) {
      this.body = Objects.requireNonNull(value, "body");
      return this;
    }

    public Builder header(String name, String value) {
      headers.add(new MessageHeaders.Header(name, value));
      return this;
    }

    /**
     * The message.
     *
     * @throws ValidationException if the sender is blank, or both subject and body are blank
     */
    public InboundMessage build() {
      return new Plain(channel, sender, subject, body, MessageHeaders.of(headers), receivedAt);
    }
  }

  /** The message {@link Builder} builds. */
  record Plain(CaseChannel channel, String sender, String subject, String body, MessageHeaders headers, Instant receivedAt)
      implements InboundMessage {
    public Plain {
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(sender, "sender");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(body, "body");
      Objects.requireNonNull(headers, "headers");
      Objects.requireNonNull(receivedAt, "receivedAt");
      sender = sender.strip();
      ValidationException.check(!sender.isEmpty() && sender.length() <= 128, "sender", "must have 1 to 128 characters");
      ValidationException.check(sender.chars().noneMatch(Character::isISOControl), "sender", "must not contain control characters");
      ValidationException.check(!subject.isBlank() || !body.isBlank(), "body", "a message needs a subject or a body");
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Plain p && channel == p.channel && sender.equals(p.sender) && subject.equals(p.subject)
          && body.equals(p.body) && headers.equals(p.headers) && receivedAt.equals(p.receivedAt);
    }

    @Override
    public int hashCode() {
      return Objects.hash(channel, sender, subject, body, headers, receivedAt);
    }
  }
}
