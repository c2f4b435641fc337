/**
 * Activities (calls, e-mails, meetings, tasks, notes) linked to the records they concern, the queries a CRM
 * asks of them (open work, due reminders, overdue tasks), and the {@link io.crmkit.core.activity.Timeline}:
 * one customer's activities, consent events and audit entries merged newest first.
 */
@NullMarked
package io.crmkit.core.activity;

import org.jspecify.annotations.NullMarked;
