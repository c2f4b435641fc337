package io.crmkit.sales.quote;

import io.crmkit.core.EntityId;

/** The id of a {@link Quote} (all its revisions), unique within a tenant: {@code ids.next(QuoteId::new)}. */
public record QuoteId(String value) implements EntityId {
  public QuoteId {
    EntityId.checked(value, "quoteId");
  }

  @Override
  public String toString() {
    return value;
  }
}
