package io.crmkit.sales.quote;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.money.Money;
import io.crmkit.sales.opportunity.OpportunityId;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The customer accepted revision {@code revision} of a quote for {@code grandTotal}; a host typically closes the
 * opportunity as won on it. Returned by {@link Quote#accept}.
 *
 * <p>{@code publisher.publish(quote.accept(clock).event());}
 */
public record QuoteAccepted(
    TenantId tenantId, QuoteId quoteId, OpportunityId opportunityId, int revision, Money grandTotal, Instant occurredAt)
    implements io.crmkit.core.event.DomainEvent {
  public QuoteAccepted {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(quoteId, "quoteId");
    Objects.requireNonNull(opportunityId, "opportunityId");
    Objects.requireNonNull(grandTotal, "grandTotal");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  /** The quote, then its opportunity. */
  @Override
  public Set<RecordRef> subjects() {
    return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(
        java.util.List.of(RecordRef.of(Quote.TYPE_NAME, quoteId), RecordRef.of("opportunity", opportunityId))));
  }
}
