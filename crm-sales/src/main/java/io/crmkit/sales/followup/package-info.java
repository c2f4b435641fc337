/**
 * Follow-up tasks for a lead, contact, account or opportunity: a due local date-time in an IANA zone,
 * reminders before it, and an optional RFC 5545 recurrence expanded DST-correctly. Everything that is due
 * is computed by pure functions from the persisted {@link io.crmkit.sales.followup.FollowUp} and a clock;
 * completing an occurrence yields a completed task {@link io.crmkit.core.activity.Activity} for the timeline.
 */
@NullMarked
package io.crmkit.sales.followup;

import org.jspecify.annotations.NullMarked;
