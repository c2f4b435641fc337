package io.crmkit.sales.lead;

/**
 * A salesperson's judgement of how promising a lead is, as in Salesforce's lead rating:
 * {@code lead.withRating(LeadRating.HOT)}.
 */
public enum LeadRating {
  /** Ready to buy soon; call first. */
  HOT,
  /** Interested, not yet urgent. */
  WARM,
  /** Little interest so far. */
  COLD
}
