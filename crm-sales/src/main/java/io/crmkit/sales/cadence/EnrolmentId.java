package io.crmkit.sales.cadence;

import io.crmkit.core.EntityId;

/** The id of an {@link Enrolment}, unique within a tenant: {@code ids.next(EnrolmentId::new)}. */
public record EnrolmentId(String value) implements EntityId {
  public EnrolmentId {
    EntityId.checked(value, "enrolmentId");
  }

  @Override
  public String toString() {
    return value;
  }
}
