package io.crmkit.core.activity;

import io.crmkit.core.EntityId;

/** The id of an {@link Activity}, e.g. {@code ids.next(ActivityId::new)}. */
public record ActivityId(String value) implements EntityId {
  public ActivityId {
    EntityId.checked(value, "activityId");
  }

  @Override
  public String toString() {
    return value;
  }
}
