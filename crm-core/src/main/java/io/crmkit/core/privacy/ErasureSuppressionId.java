package io.crmkit.core.privacy;

import io.crmkit.core.EntityId;

/** The id of an {@link ErasureSuppression}: {@code ids.next(ErasureSuppressionId::new)}. */
public record ErasureSuppressionId(String value) implements EntityId {
  public ErasureSuppressionId {
    EntityId.checked(value, "erasureSuppressionId");
  }

  @Override
  public String toString() {
    return value;
  }
}
