package io.crmkit.core.audit;

import io.crmkit.core.Aggregate;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.event.ChangeKind;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.EntityType;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One write to one record, kept for the audit trail: which record, what was done, by whom, when, and the
 * field changes (all set fields for a creation, the changed ones for an update, the last values for a
 * deletion). Entries are append-only; {@link Audit#audited} writes them.
 *
 * <p>{@code tenantStore.repository(AuditEntry.TYPE).query(Criteria.eq(AuditEntry.RECORD, "contact:c-1"))}
 */
public record AuditEntry(
    AuditEntryId id,
    TenantId tenantId,
    long version,
    RecordRef record,
    ChangeKind action,
    String actor,
    Instant at,
    List<FieldChange> changes)
    implements Aggregate<AuditEntryId> {

  /** The audited record in {@code type:id} form; indexed. */
  public static final FieldRef<String> RECORD = FieldRef.text("record");
  /** The type name of the audited record ({@code contact}, ...). */
  public static final FieldRef<String> RECORD_TYPE = FieldRef.text("recordType");
  /** The action, by {@link ChangeKind} name. */
  public static final FieldRef<String> ACTION = FieldRef.text("action");
  /** Who made the change. */
  public static final FieldRef<String> ACTOR = FieldRef.text("actor");
  /** When the change was made. */
  public static final FieldRef<Instant> AT = FieldRef.instant("at");

  /** The entity type {@code audit_entry}. */
  public static final EntityType<AuditEntry, AuditEntryId> TYPE =
      EntityType.builder("audit_entry", AuditEntry.class, AuditEntryId::new)
          .field(RECORD, e -> e.record().toString())
          .field(RECORD_TYPE, e -> e.record().type())
          .field(ACTION, e -> e.action().name())
          .field(ACTOR, AuditEntry::actor)
          .field(AT, AuditEntry::at)
          .index(RECORD, AT)
          .build();

  public AuditEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    changes = List.copyOf(changes);
    ValidationException.checkNotNegative(version, "version");
    ValidationException.check(!actor.isBlank(), "actor", "must name who made the change (a user id, 'system', ...)");
    Set<String> seen = new HashSet<>();
    for (FieldChange c : changes) {
      ValidationException.check(seen.add(c.field()), "changes", "lists field '" + c.field() + "' twice");
    }
  }

  /** A new entry (version 0). */
  public static AuditEntry of(
      AuditEntryId id, TenantId tenantId, RecordRef record, ChangeKind action, String actor, Instant at, List<FieldChange> changes) {
    return new AuditEntry(id, tenantId, 0, record, action, actor, at, changes);
  }

  @Override
  public AuditEntry withVersion(long version) {
    return new AuditEntry(id, tenantId, version, record, action, actor, at, changes);
  }

  /**
   * This entry with the values of its changes erased ({@link FieldChange#scrubbed()}), for a privacy erasure:
   * who changed which field when stays, the personal values go.
   */
  public AuditEntry scrubbed() {
    return new AuditEntry(id, tenantId, version, record, action, actor, at, changes.stream().map(FieldChange::scrubbed).toList());
  }

  /** Whether every change of this entry has had its values erased (an entry without changes is). */
  public boolean isScrubbed() {
    return changes.stream().allMatch(FieldChange::isScrubbed);
  }
}
