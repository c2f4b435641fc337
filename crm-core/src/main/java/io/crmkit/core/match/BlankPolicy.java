package io.crmkit.core.match;

/**
 * What a {@link MatchRule} condition says when a value is blank on one or both sides, as in Salesforce's
 * "match blank fields" option.
 */
public enum BlankPolicy {
  /** A blank value never matches (the condition is false). */
  NO_MATCH,
  /** Two blank values match; one blank value does not. */
  BOTH_BLANK_MATCH,
  /** The condition is left out: it neither makes nor breaks the rule. */
  IGNORE
}
