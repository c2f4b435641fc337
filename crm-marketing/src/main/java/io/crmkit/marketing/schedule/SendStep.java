package io.crmkit.marketing.schedule;

import io.crmkit.core.ValidationException;
import io.crmkit.marketing.campaign.CampaignId;
import java.util.Objects;
import java.util.Optional;

/**
 * One scheduled send of a campaign: its stable id (part of every job key), channel, priority (higher wins
 * when frequency caps collide), schedule, and the optional send window and quiet hours in recipients' local
 * time, e.g. {@code SendStep.of("spring-1", campaign, "email", schedule).withWindow(SendWindow.of("08:00", "20:00"))}.
 */
public record SendStep(
    String stepId,
    CampaignId campaign,
    String channel,
    int priority,
    SendSchedule schedule,
    Optional<SendWindow> window,
    Optional<QuietHours> quietHours) {
  public SendStep {
    Objects.requireNonNull(stepId, "stepId");
    ValidationException.check(
        !stepId.isBlank() && stepId.length() <= 128 && stepId.indexOf('|') < 0,
        "stepId", "must have 1 to 128 characters and no '|'");
    Objects.requireNonNull(campaign, "campaign");
    channel = Channels.checked(channel);
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(quietHours, "quietHours");
  }

  /** A step with priority 0, no window and no quiet hours. */
  public static SendStep of(String stepId, CampaignId campaign, String channel, SendSchedule schedule) {
    return new SendStep(stepId, campaign, channel, 0, schedule, Optional.empty(), Optional.empty());
  }

  public SendStep withPriority(int priority) {
    return new SendStep(stepId, campaign, channel, priority, schedule, window, quietHours);
  }

  public SendStep withWindow(SendWindow window) {
    return new SendStep(stepId, campaign, channel, priority, schedule, Optional.of(window), quietHours);
  }

  public SendStep withQuietHours(QuietHours quietHours) {
    return new SendStep(stepId, campaign, channel, priority, schedule, window, Optional.of(quietHours));
  }
}
