package io.crmkit.sales.quote;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the guards of {@link QuoteLifecycle#MACHINE} read: the revision an event is fired on and today's date
 * in the quote's zone (from the caller's clock).
 *
 * <p>{@code QuoteLifecycle.MACHINE.fire("presented", "accept", new QuoteFacts(revision, today))}
 */
public record QuoteFacts(QuoteRevision revision, LocalDate today) {
  public QuoteFacts {
    Objects.requireNonNull(revision, "revision");
    Objects.requireNonNull(today, "today");
  }

  /** Whether the revision is past its validity date today. */
  public boolean isPastValidity() {
    return today.isAfter(revision.validUntil());
  }
}
