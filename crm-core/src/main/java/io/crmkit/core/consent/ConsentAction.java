package io.crmkit.core.consent;

/**
 * What a consent event records.
 *
 * <p>{@code event.action() == ConsentAction.WITHDRAWN}
 */
public enum ConsentAction {
  /** Permission given; pending until confirmed when the grant asks for double opt-in. */
  GRANTED,
  /** The party confirmed a double-opt-in grant (clicked the link). */
  CONFIRMED,
  /** Permission taken back. */
  WITHDRAWN
}
