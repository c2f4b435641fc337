package io.crmkit.sales.followup;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A reminder the host should deliver to {@code owner}: {@code before} ahead of the occurrence due at
 * {@code due}, i.e. at {@code remindAt}. Produced by {@link FollowUp#openReminders()} and {@link FollowUpReminders}.
 *
 * <p>{@code reminders.forEach(r -> host.notify(r.owner(), r.subject(), r.due()));}
 */
public record Reminder(
    FollowUpId followUpId, TenantId tenantId, Owner owner, String subject, ZonedDateTime due, Duration before, Instant remindAt) {
  public Reminder {
    Objects.requireNonNull(followUpId, "followUpId");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(remindAt, "remindAt");
    ValidationException.check(!before.isNegative(), "before", "must not be negative but was " + before);
    ValidationException.check(
        remindAt.equals(due.toInstant().minus(before)), "remindAt", "must be " + before + " before the due time " + due);
  }
}
