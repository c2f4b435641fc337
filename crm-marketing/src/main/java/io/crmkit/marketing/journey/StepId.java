package io.crmkit.marketing.journey;

import io.crmkit.core.EntityId;

/** The name of a step, unique within its journey: {@code new StepId("welcome")}. */
public record StepId(String value) implements EntityId {
  public StepId {
    EntityId.checked(value, "stepId");
  }

  @Override
  public String toString() {
    return value;
  }
}
