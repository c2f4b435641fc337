package io.crmkit.service.sla;

/** What a resolution clock does when a solved case is reopened: {@code policyVersion.reopen() == ReopenRule.RESUME}. */
public enum ReopenRule {
  /** Continue the same cycle with the business time already counted (a breach stays a breach). */
  RESUME,
  /** Start a new cycle from zero at the reopen; the finished cycle keeps its outcome. */
  RESTART,
  /** Keep the outcome: met or breached stays final. */
  FINAL
}
