package io.crmkit.sales.opportunity;

/**
 * Whether an {@link Opportunity} is still open, or closed as won or lost; set from its stage's flags when it
 * changes stage (Salesforce's {@code IsClosed}/{@code IsWon}).
 *
 * <p>{@code opportunity.status() == OpportunityStatus.WON}
 */
public enum OpportunityStatus {
  /** In an open stage. */
  OPEN,
  /** In a closed/won stage. */
  WON,
  /** In a closed/lost stage. */
  LOST;

  /** Whether the opportunity is closed (won or lost). */
  public boolean isClosed() {
    return this != OPEN;
  }
}
