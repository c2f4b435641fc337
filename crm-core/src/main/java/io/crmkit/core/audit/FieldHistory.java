package io.crmkit.core.audit;

import io.crmkit.core.RecordRef;
import io.crmkit.core.event.ChangeKind;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.Values;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The audit history of one record, oldest first: its entries and, flattened, every field change with who
 * made it and when. Entries at the same instant are ordered by id (creation order for UUIDv7 ids).
 *
 * <p>{@code FieldHistory.of(tenantStore, RecordRef.of("contact", id)).of("email")}
 */
public final class FieldHistory {
  /** Orders entries by time, then id. */
  static final Comparator<AuditEntry> ORDER =
      Comparator.comparing(AuditEntry::at).thenComparing(e -> e.id().value(), Values.CODE_POINT_ORDER);

  /** One field change of the record, with the entry it belongs to. */
  public record Change(Instant at, String actor, ChangeKind action, AuditEntryId entry, FieldChange change) {
    public Change {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(change, "change");
    }

    /** The changed field's path. */
    public String field() {
      return change.field();
    }
  }

  private final RecordRef record;
  private final List<AuditEntry> entries;

  private FieldHistory(RecordRef record, List<AuditEntry> entries) {
    this.record = record;
    List<AuditEntry> sorted = new ArrayList<>(entries);
    sorted.sort(ORDER);
    this.entries = List.copyOf(sorted);
  }

  /** The history of {@code record} from the audit trail of {@code store}. */
  public static FieldHistory of(TenantStore store, RecordRef record) {
    return of(store.repository(AuditEntry.TYPE), record);
  }

  /** The history of {@code record} from {@code auditTrail}. */
  public static FieldHistory of(Repository<AuditEntry, AuditEntryId> auditTrail, RecordRef record) {
    Objects.requireNonNull(auditTrail, "auditTrail");
    Objects.requireNonNull(record, "record");
    return new FieldHistory(record, auditTrail.query(Criteria.eq(AuditEntry.RECORD, record.toString())));
  }

  /** Builds a history from entries already read; entries of other records are left out. */
  public static FieldHistory from(RecordRef record, List<AuditEntry> entries) {
    Objects.requireNonNull(record, "record");
    return new FieldHistory(record, entries.stream().filter(e -> e.record().equals(record)).toList());
  }

  /** The record this is the history of. */
  public RecordRef record() {
    return record;
  }

  /** The audit entries, oldest first. */
  public List<AuditEntry> entries() {
    return entries;
  }

  /** Every field change, oldest first, in entry order and within an entry in field order. */
  public List<Change> changes() {
    List<Change> out = new ArrayList<>();
    for (AuditEntry e : entries) {
      for (FieldChange c : e.changes()) {
        out.add(new Change(e.at(), e.actor(), e.action(), e.id(), c));
      }
    }
    return List.copyOf(out);
  }

  /** The changes of {@code field} and of the fields nested in it ({@code name} covers {@code name.given}). */
  public List<Change> of(String field) {
    Objects.requireNonNull(field, "field");
    return changes().stream().filter(c -> c.change().concerns(field)).toList();
  }

  /**
   * The rendered value the field {@code field} (an exact path) had right after the last change at or
   * before {@code at}; empty when it had none or the history does not reach back that far.
   */
  public Optional<String> valueAt(String field, Instant at) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(at, "at");
    Optional<String> value = Optional.empty();
    for (Change c : changes()) {
      if (c.at().isAfter(at)) {
        break;
      }
      if (c.field().equals(field)) {
        value = c.change().after();
      }
    }
    return value;
  }
}
