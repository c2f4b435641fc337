package io.crmkit.core.activity;

/**
 * Who started a call or e-mail: the customer ({@code INBOUND}) or us ({@code OUTBOUND}).
 *
 * <p>{@code Activity.call(..., Direction.OUTBOUND, ...)}
 */
public enum Direction {
  /** The customer reached out. */
  INBOUND,
  /** We reached out. */
  OUTBOUND
}
