package io.crmkit.sales.followup;

/**
 * Where a {@link FollowUp} series stands: an occurrence is open, the series has ended (every occurrence
 * completed or skipped, or the rule's COUNT/UNTIL reached), or it was called off.
 *
 * <p>{@code followUp.status() == FollowUpStatus.OPEN}
 */
public enum FollowUpStatus {
  /** An occurrence is due (now or later). */
  OPEN,
  /** No occurrence is left: the last one was completed or skipped. */
  ENDED,
  /** Called off; no occurrence is due any more. */
  CANCELLED
}
