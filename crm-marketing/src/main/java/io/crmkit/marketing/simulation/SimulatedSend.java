package io.crmkit.marketing.simulation;

import io.crmkit.core.party.ContactId;
import io.crmkit.marketing.channel.ChannelKind;
import io.crmkit.marketing.channel.MessageId;
import io.crmkit.marketing.journey.StepId;
import java.time.Instant;
import java.util.Objects;

/** One message the simulated journey sent: when (virtual time), to whom, from which step, its id, kind and reason. */
public record SimulatedSend(Instant at, ContactId recipient, StepId step, MessageId messageId, ChannelKind channel, String reason) {
  public SimulatedSend {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(reason, "reason");
  }
}
