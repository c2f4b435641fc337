/**
 * Escalation of waiting work as data: {@link io.crmkit.service.escalation.EscalationRules} are ordered
 * {@link io.crmkit.service.escalation.EscalationRule}s (first match wins) with
 * {@link io.crmkit.service.escalation.EscalationCriteria} on the work item and age-over
 * {@link io.crmkit.service.escalation.EscalationTier}s measured in wall or business time, whose
 * {@link io.crmkit.service.escalation.EscalationAction}s (notify, reassign to a queue, raise the priority) the host
 * carries out. Evaluation is a pure function of the item, the instant and the tiers already fired, and returns an
 * {@link io.crmkit.service.escalation.EscalationRaised} event per tier that fires (each at most once).
 * {@link io.crmkit.service.escalation.EscalationReport} measures escalations by reason, product, priority and
 * period for analytics and reports.
 */
@NullMarked
package io.crmkit.service.escalation;

import org.jspecify.annotations.NullMarked;
