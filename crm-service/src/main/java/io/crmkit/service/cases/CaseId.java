package io.crmkit.service.cases;

import io.crmkit.core.EntityId;

/**
 * The id of a support case, unique within a tenant; new ones come from an {@link io.crmkit.core.IdGenerator}:
 * {@code CaseId id = ids.next(CaseId::new);}
 */
public record CaseId(String value) implements EntityId {
  public CaseId {
    EntityId.checked(value, "caseId");
  }

  @Override
  public String toString() {
    return value;
  }
}
