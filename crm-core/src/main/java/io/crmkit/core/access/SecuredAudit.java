package io.crmkit.core.access;

import io.crmkit.core.audit.AuditEntry;
import io.crmkit.core.store.EntityType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Audit entries carry the before and after values of every changed field, so they would show a hidden field
 * of the audited record. Read through a secured store, an entry keeps its changes only when the principal
 * sees every field of the audited type; for a type the registry does not know, the changes are dropped.
 */
final class SecuredAudit {
  private SecuredAudit() {}

  static UnaryOperator<AuditEntry> redaction(SecuredContext context) {
    Map<String, Boolean> hidesFields = new ConcurrentHashMap<>();
    return entry -> {
      if (entry.changes().isEmpty()) {
        return entry;
      }
      boolean hides = hidesFields.computeIfAbsent(entry.record().type(), name -> {
        Optional<EntityType<?, ?>> audited = context.redactors().type(name);
        return audited.isEmpty() || !context.policy().fieldAccess(context.principal(), audited.get()).hidden().isEmpty();
      });
      return hides
          ? new AuditEntry(entry.id(), entry.tenantId(), entry.version(), entry.record(), entry.action(), entry.actor(), entry.at(), List.of())
          : entry;
    };
  }
}
