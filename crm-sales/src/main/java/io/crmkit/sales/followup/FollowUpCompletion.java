package io.crmkit.sales.followup;

import io.crmkit.core.activity.Activity;
import java.util.Objects;

/**
 * What completing an occurrence produced: the follow-up advanced to its next occurrence (or ended), and the
 * completed task activity recording the occurrence on the target's timeline. Store both in one transaction.
 *
 * <p>{@code FollowUpCompletion done = followUp.complete(activityId, clock.instant());}
 */
public record FollowUpCompletion(FollowUp followUp, Activity activity) {
  public FollowUpCompletion {
    Objects.requireNonNull(followUp, "followUp");
    Objects.requireNonNull(activity, "activity");
  }
}
