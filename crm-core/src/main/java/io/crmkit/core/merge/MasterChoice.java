package io.crmkit.core.merge;

/**
 * Which record survives (keeps its id) when a merge does not name the master explicitly, e.g.
 * {@code SurvivorshipPolicy.custom().masterChoice(MasterChoice.OLDEST)}. Ties go to the smallest id.
 */
public enum MasterChoice {
  /** The record created first: links and references to the oldest id usually outnumber the others. */
  OLDEST,
  /** The record updated last. */
  MOST_RECENTLY_UPDATED,
  /** The record with the most fields filled in. */
  MOST_COMPLETE
}
