package io.crmkit.sales.quote;

import java.util.Locale;

/**
 * Where a quote revision stands. A draft is presented to the customer, who accepts or rejects it; a draft or
 * presented quote expires after its validity date; revising a presented, rejected or expired quote supersedes
 * it with a new draft revision. The transitions are {@link QuoteLifecycle#MACHINE}'s.
 *
 * <p>{@code quote.current().status() == QuoteStatus.PRESENTED}
 */
public enum QuoteStatus {
  DRAFT,
  PRESENTED,
  ACCEPTED,
  REJECTED,
  EXPIRED,
  /** An older revision, replaced by a newer one; read-only. */
  SUPERSEDED;

  /** The state name in {@link QuoteLifecycle#MACHINE}, e.g. {@code presented}. */
  public String stateName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The status of the state named {@code state} in {@link QuoteLifecycle#MACHINE}. */
  public static QuoteStatus ofState(String state) {
    return valueOf(state.toUpperCase(Locale.ROOT));
  }
}
