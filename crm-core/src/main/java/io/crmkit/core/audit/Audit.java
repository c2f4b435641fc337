package io.crmkit.core.audit;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.RecordRef;
import io.crmkit.core.ValidationException;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Adds an audit trail to any repository. The returned repository reads straight from the inner one; each
 * insert, update and delete also writes one {@link AuditEntry} in the same transaction (through
 * {@code store.transactions()}), so a write and its entry are stored together or not at all, and after the
 * transaction returns it publishes a {@link io.crmkit.core.event.RecordChanged}.
 *
 * <pre>{@code
 * Repository<Contact, ContactId> contacts =
 *     Audit.audited(store.repository(Contact.TYPE), store, Auditor.of("u-1", clock, publisher));
 * }</pre>
 *
 * <p>An exception thrown by the event publisher reaches the caller although the write is stored: the
 * publisher sees events of committed writes only, but cannot undo them. When the audited call itself runs
 * inside a larger transaction, the event goes out before that transaction ends.
 */
public final class Audit {
  private Audit() {}

  /** {@code inner} with an audit trail; change events name no related records. */
  public static <T extends Aggregate<I>, I extends EntityId> Repository<T, I> audited(
      Repository<T, I> inner, TenantStore store, Auditor auditor) {
    return audited(inner, store, auditor, record -> Set.of());
  }

  /**
   * {@code inner} with an audit trail; {@code related} names the records whose views include a record (the
   * account of a contact), which the change events carry so their caches can be invalidated too.
   */
  public static <T extends Aggregate<I>, I extends EntityId> Repository<T, I> audited(
      Repository<T, I> inner, TenantStore store, Auditor auditor, Function<? super T, Set<RecordRef>> related) {
    Objects.requireNonNull(inner, "inner");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(auditor, "auditor");
    Objects.requireNonNull(related, "related");
    ValidationException.check(
        !inner.type().name().equals(AuditEntry.TYPE.name()), "inner", "the audit trail itself cannot be audited");
    return new AuditedRepository<>(inner, store, auditor, related);
  }
}
