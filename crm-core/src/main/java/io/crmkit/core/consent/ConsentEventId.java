package io.crmkit.core.consent;

import io.crmkit.core.EntityId;

/** The id of a {@link ConsentEvent}, e.g. {@code ids.next(ConsentEventId::new)}. */
public record ConsentEventId(String value) implements EntityId {
  public ConsentEventId {
    EntityId.checked(value, "consentEventId");
  }

  @Override
  public String toString() {
    return value;
  }
}
