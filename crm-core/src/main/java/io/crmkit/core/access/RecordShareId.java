package io.crmkit.core.access;

import io.crmkit.core.EntityId;

/** The id of a {@link RecordShare}, e.g. {@code new RecordShareId("sh-1")}. */
public record RecordShareId(String value) implements EntityId {
  public RecordShareId {
    EntityId.checked(value, "recordShareId");
  }
}
