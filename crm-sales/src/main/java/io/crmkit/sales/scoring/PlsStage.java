package io.crmkit.sales.scoring;

import io.crmkit.core.EntityId;
import java.util.Objects;

/**
 * A pipeline stage as predictive lead scoring sees it: its id (the value of the stage variable), its sequence
 * (order in the pipeline; a lost lead counts for its stage and every stage of a lower or equal sequence) and
 * whether it is a won stage (a lead there scores 100).
 *
 * <p>{@code new PlsStage("new", 1, false)}
 */
public record PlsStage(String id, int sequence, boolean won) {
  public PlsStage {
    Objects.requireNonNull(id, "id");
    EntityId.checked(id, "stage");
  }
}
