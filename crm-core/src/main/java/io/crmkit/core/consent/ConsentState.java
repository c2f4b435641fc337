package io.crmkit.core.consent;

/**
 * Where one party stands on one channel and purpose at one instant.
 *
 * <p>{@code decision.state() == ConsentState.PENDING_CONFIRMATION}
 */
public enum ConsentState {
  /** Permission is in force. */
  GRANTED,
  /** A double-opt-in grant awaits confirmation; not yet allowed. */
  PENDING_CONFIRMATION,
  /** Permission was withdrawn. */
  WITHDRAWN,
  /** Nothing on record. */
  NONE
}
