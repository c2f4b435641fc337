package io.crmkit.analytics.cohort;

/**
 * Whether a {@link CohortCell} was fully observed; read it with {@code cell.status()} before comparing rates.
 */
public enum CellStatus {
  /** The whole period lies within the observation window. */
  COMPLETE,
  /** The observation window ends inside the period: the count is a lower bound (right-censored). */
  PARTIAL,
  /** The period starts after the observation window: nothing is known (right-censored). */
  CENSORED
}
