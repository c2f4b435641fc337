package io.crmkit.marketing.subscription;

import io.crmkit.core.EntityId;

/** The id of a {@link PendingConfirmation}, unique within a tenant: {@code ids.next(ConfirmationId::new)}. */
public record ConfirmationId(String value) implements EntityId {
  public ConfirmationId {
    EntityId.checked(value, "confirmationId");
  }

  @Override
  public String toString() {
    return value;
  }
}
