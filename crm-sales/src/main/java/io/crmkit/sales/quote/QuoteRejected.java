package io.crmkit.sales.quote;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.sales.opportunity.OpportunityId;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The customer rejected revision {@code revision} of a quote, with their reason when given; the quote can be
 * revised. Returned by {@link Quote#reject}.
 *
 * <p>{@code publisher.publish(quote.reject(Optional.of("too expensive"), clock).event());}
 */
public record QuoteRejected(
    TenantId tenantId, QuoteId quoteId, OpportunityId opportunityId, int revision, Optional<String> reason, Instant occurredAt)
    implements io.crmkit.core.event.DomainEvent {
  public QuoteRejected {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(quoteId, "quoteId");
    Objects.requireNonNull(opportunityId, "opportunityId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  /** The quote, then its opportunity. */
  @Override
  public Set<RecordRef> subjects() {
    return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(
        java.util.List.of(RecordRef.of(Quote.TYPE_NAME, quoteId), RecordRef.of("opportunity", opportunityId))));
  }
}
