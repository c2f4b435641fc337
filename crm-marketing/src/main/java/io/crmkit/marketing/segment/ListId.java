package io.crmkit.marketing.segment;

import io.crmkit.core.EntityId;

/**
 * The id of a static, seed or suppression list, unique within a tenant: {@code ids.next(ListId::new)}.
 */
public record ListId(String value) implements EntityId {
  public ListId {
    EntityId.checked(value, "listId");
  }

  @Override
  public String toString() {
    return value;
  }
}
