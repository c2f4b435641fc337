package io.crmkit.sales.cadence;

/**
 * Why an {@link Enrolment} was unenrolled before its last step: {@code enrolment.exitReason()}.
 */
public enum ExitReason {
  /** The record replied (an inbound e-mail). */
  REPLIED,
  /** The record booked a meeting. */
  MEETING_BOOKED,
  /** A person took the record out. */
  MANUAL
}
