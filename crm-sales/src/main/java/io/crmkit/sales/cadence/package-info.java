/**
 * Cadences (sales sequences): ordered e-mail, call, task and wait steps with delays in days or business days
 * (Monday to Friday in the owner's zone), enrolments of one lead or contact at a time per cadence, the due step
 * computed from the persisted {@link io.crmkit.sales.cadence.Enrolment} and a clock, pause and resume, and
 * automatic unenrolment when the record replies or books a meeting.
 */
@NullMarked
package io.crmkit.sales.cadence;

import org.jspecify.annotations.NullMarked;
