package io.crmkit.core.merge;

/**
 * How the surviving value of one field is chosen among the values of the merged records, e.g.
 * {@code SurvivorshipPolicy.custom().rule("jobTitle", SurvivorshipRule.MOST_RECENT)}.
 *
 * <p>Only present values compete; when no record has a value the golden record has none. Ties are broken
 * in the merge's preference order: the master first, then the most recently updated record, then the
 * smallest id, so the outcome never depends on the order in which the records were named.
 */
public enum SurvivorshipRule {
  /**
   * The value with the latest timestamp: the per-value time from the policy's {@code ValueTimestamps}
   * when it knows one, else the record's {@code updatedAt}.
   */
  MOST_RECENT,
  /**
   * The value with the most parts filled in (a name with middle name and prefix beats one without; the
   * larger collection beats the smaller).
   */
  MOST_COMPLETE,
  /**
   * The value from the record whose source system ranks highest in the policy's {@code trustedSources}
   * (a record's sources are its external-id systems and, when configured, a custom field naming it).
   */
  MOST_TRUSTED_SOURCE,
  /** The value whose text is longest (in code points), e.g. "ACME Corporation" over "ACME". */
  LONGEST,
  /** The master record's value; another record's only when the master has none. */
  MASTER,
  /**
   * Multi-valued fields only: every value of every record, deduplicated (contact points by kind and
   * normalised form, external ids per system, custom fields per key).
   */
  UNION
}
