package io.crmkit.service.escalation;

/** Whether an {@link EscalationRule}'s tiers count wall-clock hours or business hours of a calendar. */
public enum TimeBasis {
  /** Every hour counts. */
  WALL,
  /** Only open hours of the business calendar given to {@link EscalationRules.Builder#businessTime}. */
  BUSINESS
}
