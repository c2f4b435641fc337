package io.crmkit.core.access;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.RecordRef;
import io.crmkit.core.audit.AuditEntry;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.TenantStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Audit entries carry the before and after values of every changed field, so they would show a hidden field,
 * or any field of a record the principal may not read. Read through a secured store, an entry keeps its
 * changes only when the audited record exists, the principal may read it and sees every field of its type;
 * otherwise (a hidden field, an unreadable or deleted record, a type the registry does not know) the entry
 * keeps who did what when, without the changes. Entries are never dropped, so counts and pages stay exact.
 */
final class SecuredAudit {
  private SecuredAudit() {}

  static UnaryOperator<AuditEntry> redaction(SecuredContext context, TenantStore store, Instant now) {
    Map<RecordRef, Boolean> showsChanges = new ConcurrentHashMap<>();
    return entry -> {
      if (entry.changes().isEmpty() || showsChanges.computeIfAbsent(entry.record(), ref -> mayShowChanges(context, store, ref, now))) {
        return entry;
      }
      return new AuditEntry(entry.id(), entry.tenantId(), entry.version(), entry.record(), entry.action(), entry.actor(), entry.at(), List.of());
    };
  }

  private static boolean mayShowChanges(SecuredContext context, TenantStore store, RecordRef ref, Instant now) {
    Optional<EntityType<?, ?>> audited = context.redactors().type(ref.type());
    return audited.isPresent()
        && context.policy().fieldAccess(context.principal(), audited.get()).hidden().isEmpty()
        && readable(context, store, cast(audited.get()), ref, now);
  }

  private static <T extends Aggregate<I>, I extends EntityId> boolean readable(
      SecuredContext context, TenantStore store, EntityType<T, I> type, RecordRef ref, Instant now) {
    return store.repository(type).find(type.id(ref.id()))
        .map(r -> context.policy().decide(context.principal(), Action.READ, type, r, now).allowed())
        .orElse(false);
  }

  @SuppressWarnings("unchecked")
  private static <T extends Aggregate<I>, I extends EntityId> EntityType<T, I> cast(EntityType<?, ?> type) {
    return (EntityType<T, I>) type;
  }
}
