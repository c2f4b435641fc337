package io.crmkit.sales.scoring;

/** Which way a score crossed a threshold: {@code ENTERED} at or above the upper bound, {@code LEFT} below the lower. */
public enum CrossingDirection {
  ENTERED,
  LEFT
}
