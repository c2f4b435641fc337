package io.crmkit.core.audit;

import io.crmkit.core.EntityId;

/** The id of an {@link AuditEntry}, e.g. {@code ids.next(AuditEntryId::new)}. */
public record AuditEntryId(String value) implements EntityId {
  public AuditEntryId {
    EntityId.checked(value, "auditEntryId");
  }

  @Override
  public String toString() {
    return value;
  }
}
