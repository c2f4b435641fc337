package io.crmkit.core.privacy;

import io.crmkit.core.store.TenantStore;
import java.util.List;

/**
 * One module's part of privacy: it finds every record of its entity types that is about a subject, and erases
 * them as an {@link ErasurePolicy} says. crm-core supplies the source of its own types (contacts, contact points,
 * relationships, activities, consent, audit); crm-sales, crm-marketing and crm-service supply theirs; a host adds
 * its own for its own types. Erasure runs inside the caller's transaction: a source writes through
 * {@code store} only, so the whole erasure is all-or-nothing.
 */
public interface SubjectDataSource {
  /** The module (or host component) the records come from, e.g. {@code sales}. */
  String module();

  /** Every record of this source about {@code subject}, in a stable order. */
  List<SubjectRecord> collect(TenantStore store, Subject subject);

  /** Erases what {@link #collect} finds, per {@code policy}, and says what it did to each record. */
  List<ErasureAction> erase(TenantStore store, Subject subject, ErasurePolicy policy);

  /**
   * This source dating the changes of its erasures (exits, cancellations, {@code updatedAt}) by {@code clock}.
   * {@link SubjectRequests} hands every source its own clock, so a source found through {@link java.util.ServiceLoader}
   * (built with its no-argument constructor) never reads the system clock; sources that date nothing return
   * themselves, the default.
   */
  default SubjectDataSource withClock(java.time.Clock clock) {
    java.util.Objects.requireNonNull(clock, "clock");
    return this;
  }
}
