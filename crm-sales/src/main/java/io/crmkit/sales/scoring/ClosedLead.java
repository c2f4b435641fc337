package io.crmkit.sales.scoring;

import java.util.Objects;

/**
 * A lead that was won or lost, as a {@link FrequencyTable} learns from it: its observation (stage, team,
 * values at closing) and its outcome. {@code new ClosedLead(model.observe(lead, extractor), PlsOutcome.WON)}
 */
public record ClosedLead(PlsObservation observation, PlsOutcome outcome) {
  public ClosedLead {
    Objects.requireNonNull(observation, "observation");
    Objects.requireNonNull(outcome, "outcome");
  }
}
