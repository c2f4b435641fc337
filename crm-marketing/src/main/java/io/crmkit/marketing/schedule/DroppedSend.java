package io.crmkit.marketing.schedule;

import io.crmkit.core.RecordRef;
import java.time.Instant;
import java.util.Objects;

/** A nominal fire the planner will not send, with the reason: drops are reported, never silent. */
public record DroppedSend(JobKey key, String stepId, String channel, RecordRef recipient, Instant nominal, Reason reason, String detail) {
  /** Why a send was dropped. */
  public enum Reason {
    /** It fell in quiet hours whose policy is {@link QuietHours.Policy#DROP}. */
    QUIET_HOURS,
    /** A frequency cap was full (sends of higher priority or already sent took it). */
    FREQUENCY_CAP,
    /** No local time satisfies both the send window and the quiet hours. */
    NO_ALLOWED_TIME
  }

  public DroppedSend {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(stepId, "stepId");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(nominal, "nominal");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }
}
