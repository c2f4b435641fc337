package io.crmkit.marketing.journey;

import io.crmkit.core.EntityId;

/** The id of a journey, unique within a tenant: {@code new JourneyId("welcome")}. */
public record JourneyId(String value) implements EntityId {
  public JourneyId {
    EntityId.checked(value, "journeyId");
  }

  @Override
  public String toString() {
    return value;
  }
}
