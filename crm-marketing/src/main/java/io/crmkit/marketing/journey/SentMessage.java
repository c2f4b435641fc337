package io.crmkit.marketing.journey;

import io.crmkit.marketing.channel.MessageId;
import java.time.Instant;
import java.util.Objects;

/** A message an enrolment sent: its id, the send step and its nominal time. */
public record SentMessage(MessageId messageId, StepId step, Instant at) {
  public SentMessage {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(at, "at");
  }
}
