package io.crmkit.marketing.journey;

import io.crmkit.marketing.channel.EngagementKind;
import io.crmkit.marketing.channel.MessageId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An event an enrolment has seen and keeps, so its conditions can be decided from its own state: an engagement
 * with one of its messages, or a trigger event by name.
 */
public record RecordedSignal(Instant at, Optional<MessageId> message, Optional<EngagementKind> engagement, Optional<String> trigger) {
  public RecordedSignal {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(engagement, "engagement");
    Objects.requireNonNull(trigger, "trigger");
    io.crmkit.core.ValidationException.check(engagement.isPresent() == message.isPresent() && engagement.isPresent() != trigger.isPresent(),
        "signal", "is either an engagement with a message or a trigger");
  }

  /** An engagement with a message. */
  public static RecordedSignal engagement(MessageId message, EngagementKind kind, Instant at) {
    return new RecordedSignal(at, Optional.of(message), Optional.of(kind), Optional.empty());
  }

  /** A trigger event. */
  public static RecordedSignal trigger(String name, Instant at) {
    return new RecordedSignal(at, Optional.empty(), Optional.empty(), Optional.of(name));
  }
}
