package io.crmkit.marketing.schedule;

import io.crmkit.core.RecordRef;
import java.time.Instant;
import java.util.Objects;

/** A message already sent (by any campaign), as the frequency caps count it. */
public record SentMessage(RecordRef recipient, String channel, Instant at) {
  public SentMessage {
    Objects.requireNonNull(recipient, "recipient");
    channel = Channels.checked(channel);
    Objects.requireNonNull(at, "at");
  }
}
