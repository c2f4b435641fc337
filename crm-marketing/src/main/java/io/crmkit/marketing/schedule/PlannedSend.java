package io.crmkit.marketing.schedule;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.marketing.campaign.CampaignId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A send the planner decided: the step's fire at {@code nominal} for {@code recipient}, to go out at
 * {@code at}, with the reasons (the schedule, then every move by window, quiet hours or throttle). The
 * {@link #key()} depends on the nominal time only, so re-planning enqueues it once.
 */
public record PlannedSend(
    JobKey key, String stepId, CampaignId campaign, String channel, RecordRef recipient, Instant nominal, Instant at,
    List<String> reasons) {
  public PlannedSend {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(stepId, "stepId");
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(nominal, "nominal");
    Objects.requireNonNull(at, "at");
    reasons = List.copyOf(reasons);
  }

  /** Whether the send was moved from its nominal time (deferred by window, quiet hours or throttle). */
  public boolean deferred() {
    return !at.equals(nominal);
  }

  /** The job to enqueue for this send in {@code tenant}'s {@link JobStore}. */
  public NewJob toJob(TenantId tenant) {
    return new NewJob(tenant, key, at, Map.of(
        "step", stepId, "campaign", campaign.value(), "channel", channel, "recipient", recipient.toString(),
        "nominal", nominal.toString()));
  }
}
