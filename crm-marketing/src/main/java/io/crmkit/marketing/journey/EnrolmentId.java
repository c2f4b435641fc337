package io.crmkit.marketing.journey;

import io.crmkit.core.EntityId;

/** The id of an enrolment, unique within a tenant: {@code new EnrolmentId("welcome")}. */
public record EnrolmentId(String value) implements EntityId {
  public EnrolmentId {
    EntityId.checked(value, "enrolmentId");
  }

  @Override
  public String toString() {
    return value;
  }
}
