/**
 * SLA policies and clocks in the manner of Zendesk SLA policies and Salesforce entitlements: first-response,
 * next-response and resolution targets by priority, type and customer tier on business calendars, paused and
 * stopped by case status, warned before breach. A clock is computed when read ({@link io.crmkit.service.sla.SlaClock})
 * from the policy's versions, the calendars' versions, the case's {@link io.crmkit.service.sla.SlaTimeline} and
 * an instant; breach and warning events are raised once ({@link io.crmkit.service.sla.SlaAlerts}); the queue's
 * coming breaches are forecast by {@link io.crmkit.service.sla.SlaBreachForecast}.
 */
@NullMarked
package io.crmkit.service.sla;

import org.jspecify.annotations.NullMarked;
