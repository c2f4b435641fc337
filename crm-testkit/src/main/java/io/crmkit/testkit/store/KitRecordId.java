package io.crmkit.testkit.store;

import io.crmkit.core.EntityId;

/**
 * The id of a {@link KitRecord}, e.g. {@code new KitRecordId("r-1")}.
 *
 * @param value the opaque id text
 */
public record KitRecordId(String value) implements EntityId {
  public KitRecordId {
    EntityId.checked(value, "kitRecordId");
  }
}
