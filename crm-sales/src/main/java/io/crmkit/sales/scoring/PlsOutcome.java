package io.crmkit.sales.scoring;

/** How a closed lead ended, as counted in the {@link FrequencyTable}: won or lost. */
public enum PlsOutcome {
  WON,
  LOST
}
