package io.crmkit.service.routing;

/** Why a candidate agent could not take a work item; see {@link Exclusion}. */
public enum ExclusionReason {
  /** Not {@link Presence#AVAILABLE}, or no snapshot of the agent was given. */
  NOT_AVAILABLE,
  /** Fewer free capacity units than the item's size. */
  AT_CAPACITY,
  /** Lacks a required skill or has it below the required level. */
  MISSING_REQUIRED_SKILL,
  /** Lacks an optional skill while optional skills still count. */
  MISSING_OPTIONAL_SKILL
}
