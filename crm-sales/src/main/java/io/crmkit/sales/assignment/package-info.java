/**
 * Assignment of records (leads, accounts, cases of any module) to users and queues: ordered
 * {@link io.crmkit.sales.assignment.AssignmentRules} (first match wins, an explicit default), fair
 * {@link io.crmkit.sales.assignment.RoundRobin} with a pointer the caller persists, and Odoo-style
 * {@link io.crmkit.sales.assignment.CapacityAllocation}. Every decision is an
 * {@link io.crmkit.sales.assignment.AssignmentDecision} saying which rule chose whom and why; the host stores it
 * and publishes a {@link io.crmkit.sales.assignment.RecordAssigned} event.
 */
@NullMarked
package io.crmkit.sales.assignment;

import org.jspecify.annotations.NullMarked;
