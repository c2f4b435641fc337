package io.crmkit.marketing.schedule;

import io.crmkit.core.ValidationException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The persisted state a plan is computed from: the steps, the recipients with their zones, the messages
 * already sent (the caps count them), the caps and throttles, the DST policy, and the period
 * [{@code now}, {@code horizon}) whose nominal fires are planned. Overlapping periods are safe: the job keys
 * make a re-planned fire a no-op in the {@link JobStore}.
 */
public record PlanRequest(
    List<SendStep> steps,
    List<Recipient> recipients,
    List<SentMessage> sent,
    List<FrequencyCap> caps,
    List<Throttle> throttles,
    DstPolicy dst,
    Instant now,
    Instant horizon) {
  public PlanRequest {
    steps = List.copyOf(steps);
    recipients = List.copyOf(recipients);
    sent = List.copyOf(sent);
    caps = List.copyOf(caps);
    throttles = List.copyOf(throttles);
    Objects.requireNonNull(dst, "dst");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(horizon, "horizon");
    ValidationException.check(horizon.isAfter(now), "horizon", "must be after now (" + now + ")");
    ValidationException.check(
        steps.stream().map(SendStep::stepId).distinct().count() == steps.size(), "steps", "must have distinct step ids");
    ValidationException.check(
        throttles.stream().map(Throttle::channel).distinct().count() == throttles.size(),
        "throttles", "must have at most one throttle per channel");
  }
}
