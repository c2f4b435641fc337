package io.crmkit.sales.cadence;

import io.crmkit.core.EntityId;

/** The id of a {@link Cadence}, unique within a tenant: {@code ids.next(CadenceId::new)}. */
public record CadenceId(String value) implements EntityId {
  public CadenceId {
    EntityId.checked(value, "cadenceId");
  }

  @Override
  public String toString() {
    return value;
  }
}
