package io.crmkit.core.audit;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.RecordRef;
import io.crmkit.core.event.ChangeKind;
import io.crmkit.core.event.RecordChanged;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.Page;
import io.crmkit.core.query.PageRequest;
import io.crmkit.core.query.Query;
import io.crmkit.core.query.Sort;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/** The repository {@link Audit#audited} returns. */
final class AuditedRepository<T extends Aggregate<I>, I extends EntityId> implements Repository<T, I> {
  private final Repository<T, I> inner;
  private final TenantStore store;
  private final Auditor auditor;
  private final Function<? super T, Set<RecordRef>> related;

  AuditedRepository(Repository<T, I> inner, TenantStore store, Auditor auditor, Function<? super T, Set<RecordRef>> related) {
    this.inner = inner;
    this.store = store;
    this.auditor = auditor;
    this.related = related;
  }

  @Override
  public EntityType<T, I> type() {
    return inner.type();
  }

  @Override
  public Optional<T> find(I id) {
    return inner.find(id);
  }

  @Override
  public T insert(T record) {
    Stamp stamp = stamp();
    T saved = store.transactions().inTransaction(() -> {
      T s = inner.insert(record);
      writeEntry(s, ChangeKind.CREATED, RecordDiff.creation(s), stamp);
      return s;
    });
    publish(saved, ChangeKind.CREATED, stamp);
    return saved;
  }

  @Override
  public List<T> insertAll(Collection<T> records) {
    Stamp stamp = stamp();
    List<T> saved = store.transactions().inTransaction(() -> {
      List<T> out = new ArrayList<>(records.size());
      for (T r : records) {
        T s = inner.insert(r);
        writeEntry(s, ChangeKind.CREATED, RecordDiff.creation(s), stamp);
        out.add(s);
      }
      return out;
    });
    for (T s : saved) {
      publish(s, ChangeKind.CREATED, stamp);
    }
    return saved;
  }

  @Override
  public T update(T record) {
    Stamp stamp = stamp();
    T saved = store.transactions().inTransaction(() -> {
      Optional<T> before = inner.find(record.id());
      T s = inner.update(record);
      writeEntry(s, ChangeKind.UPDATED, before.map(b -> RecordDiff.between(b, s)).orElse(List.of()), stamp);
      return s;
    });
    publish(saved, ChangeKind.UPDATED, stamp);
    return saved;
  }

  @Override
  public void delete(I id, long expectedVersion) {
    Stamp stamp = stamp();
    Optional<T> deleted = store.transactions().inTransaction(() -> {
      Optional<T> before = inner.find(id);
      inner.delete(id, expectedVersion);
      RecordRef ref = new RecordRef(inner.type().name(), id.value());
      List<FieldChange> changes = before.map(RecordDiff::deletion).orElse(List.of());
      writeEntry(ref, ChangeKind.DELETED, changes, stamp);
      return before;
    });
    RecordRef ref = new RecordRef(inner.type().name(), id.value());
    Set<RecordRef> rel = deleted.map(this::relatedOf).orElse(Set.of());
    auditor.events().publish(new RecordChanged(store.tenantId(), ref, ChangeKind.DELETED, without(rel, ref), stamp.actor(), stamp.at()));
  }

  @Override
  public List<T> query(Query query) {
    return inner.query(query);
  }

  @Override
  public long count(Criteria criteria) {
    return inner.count(criteria);
  }

  @Override
  public Page<T> page(Criteria criteria, Sort sort, PageRequest request) {
    return inner.page(criteria, sort, request);
  }

  @Override
  public Stream<T> stream(Criteria criteria) {
    return inner.stream(criteria);
  }

  private record Stamp(String actor, Instant at) {}

  private Stamp stamp() {
    return new Stamp(auditor.currentActor(), auditor.clock().instant());
  }

  private RecordRef refOf(T record) {
    return new RecordRef(inner.type().name(), record.id().value());
  }

  private void writeEntry(T record, ChangeKind action, List<FieldChange> changes, Stamp stamp) {
    writeEntry(refOf(record), action, changes, stamp);
  }

  private void writeEntry(RecordRef ref, ChangeKind action, List<FieldChange> changes, Stamp stamp) {
    store.repository(AuditEntry.TYPE).insert(
        AuditEntry.of(auditor.ids().next(AuditEntryId::new), store.tenantId(), ref, action, stamp.actor(), stamp.at(), changes));
  }

  private void publish(T record, ChangeKind kind, Stamp stamp) {
    RecordRef ref = refOf(record);
    auditor.events().publish(new RecordChanged(store.tenantId(), ref, kind, without(relatedOf(record), ref), stamp.actor(), stamp.at()));
  }

  private Set<RecordRef> relatedOf(T record) {
    Set<RecordRef> rel = related.apply(record);
    return rel == null ? Set.of() : rel;
  }

  private static Set<RecordRef> without(Set<RecordRef> refs, RecordRef self) {
    if (!refs.contains(self)) {
      return refs;
    }
    Set<RecordRef> copy = new HashSet<>(refs);
    copy.remove(self);
    return copy;
  }
}
