package io.crmkit.marketing.channel;

import io.crmkit.core.consent.Channel;
import java.util.Optional;

/**
 * The kind of an outbound message, and so of the {@link io.crmkit.marketing.channel.Channel} that delivers it:
 * {@code ChannelKind.EMAIL.consentChannel()} is the consent-ledger channel a send must be allowed on.
 */
public enum ChannelKind {
  /** An e-mail with a subject, an HTML body and a text body. */
  EMAIL,
  /** A text message to a phone number in E.164 form. */
  SMS,
  /** A push notification to the recipient's app. */
  PUSH,
  /** A post on a social network; addressed to an audience, not to one person. */
  SOCIAL_POST;

  /** The consent-ledger channel a message of this kind needs consent on; empty for social posts. */
  public Optional<Channel> consentChannel() {
    return switch (this) {
      case EMAIL -> Optional.of(Channel.EMAIL);
      case SMS -> Optional.of(Channel.SMS);
      case PUSH -> Optional.of(Channel.PUSH);
      case SOCIAL_POST -> Optional.empty();
    };
  }
}
