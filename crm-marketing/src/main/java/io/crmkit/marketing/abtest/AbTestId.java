package io.crmkit.marketing.abtest;

import io.crmkit.core.EntityId;

/** The id of an A/B test, unique within a tenant: {@code new AbTestId("subject-lines-march")}. */
public record AbTestId(String value) implements EntityId {
  public AbTestId {
    EntityId.checked(value, "abTestId");
  }

  @Override
  public String toString() {
    return value;
  }
}
