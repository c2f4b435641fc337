package io.crmkit.core.access;

import io.crmkit.core.Aggregate;
import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.EntityId;
import io.crmkit.core.audit.AuditEntry;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.query.Page;
import io.crmkit.core.query.PageRequest;
import io.crmkit.core.query.Query;
import io.crmkit.core.query.Sort;
import io.crmkit.core.query.ValueKind;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.FieldBinding;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.TransactionRunner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** A repository that enforces one principal's access: see {@link SecuredStore} for the rules. */
final class SecuredRepository<T extends Aggregate<I>, I extends EntityId> implements Repository<T, I> {
  private final Repository<T, I> delegate;
  private final TenantStore store;
  private final TransactionRunner transactions;
  private final SecuredContext context;
  private final EntityType<T, I> type;
  private final Optional<FieldRedactor<T>> redactor;

  SecuredRepository(Repository<T, I> delegate, TenantStore store, SecuredContext context) {
    this.delegate = delegate;
    this.store = store;
    this.transactions = store.transactions();
    this.context = context;
    this.type = delegate.type();
    this.redactor = context.redactors().forType(type);
  }

  @Override
  public EntityType<T, I> type() {
    return type;
  }

  @Override
  public Optional<T> find(I id) {
    Objects.requireNonNull(id, "id");
    Instant now = context.clock().instant();
    UnaryOperator<T> reader = reader(fieldAccess(), Action.READ, Optional.of(id.value()), now);
    return delegate.find(id).filter(r -> readable(r, now)).map(reader);
  }

  @Override
  public List<T> findAll(Collection<I> ids) {
    Objects.requireNonNull(ids, "ids");
    Instant now = context.clock().instant();
    UnaryOperator<T> reader = reader(fieldAccess(), Action.READ, Optional.empty(), now);
    return delegate.findAll(ids).stream().filter(r -> readable(r, now)).map(reader).toList();
  }

  @Override
  public T insert(T record) {
    Objects.requireNonNull(record, "record");
    Instant now = context.clock().instant();
    FieldAccess access = fieldAccess();
    UnaryOperator<T> reader = reader(access, Action.CREATE, Optional.of(type.idOf(record)), now);
    checkNew(record, access, now);
    return reader.apply(delegate.insert(record));
  }

  @Override
  public List<T> insertAll(Collection<T> records) {
    Objects.requireNonNull(records, "records");
    Instant now = context.clock().instant();
    FieldAccess access = fieldAccess();
    UnaryOperator<T> reader = reader(access, Action.CREATE, Optional.empty(), now);
    for (T r : records) {
      checkNew(Objects.requireNonNull(r, "record"), access, now);
    }
    return delegate.insertAll(records).stream().map(reader).toList();
  }

  @Override
  public T update(T record) {
    Objects.requireNonNull(record, "record");
    return transactions.inTransaction(() -> {
      Instant now = context.clock().instant();
      FieldAccess access = fieldAccess();
      Optional<String> id = Optional.of(type.idOf(record));
      UnaryOperator<T> reader = reader(access, Action.EDIT, id, now);
      T stored = visibleStored(record.id(), record.version(), now);
      require(Action.EDIT, id, context.policy().decide(context.principal(), Action.EDIT, type, stored, now));
      T merged = mergeAndCheck(record, stored, access, id);
      return reader.apply(delegate.update(merged));
    });
  }

  @Override
  public void delete(I id, long expectedVersion) {
    Objects.requireNonNull(id, "id");
    transactions.run(() -> {
      Instant now = context.clock().instant();
      T stored = visibleStored(id, expectedVersion, now);
      require(Action.DELETE, Optional.of(id.value()), context.policy().decide(context.principal(), Action.DELETE, type, stored, now));
      delegate.delete(id, expectedVersion);
    });
  }

  @Override
  public List<T> query(Query query) {
    Objects.requireNonNull(query, "query");
    Instant now = context.clock().instant();
    FieldAccess access = fieldAccess();
    checkNamesNoHidden(query.criteria(), query.sort(), access);
    UnaryOperator<T> reader = reader(access, Action.READ, Optional.empty(), now);
    return delegate.query(new Query(restrict(query.criteria(), now), query.sort(), query.limit())).stream().map(reader).toList();
  }

  @Override
  public long count(Criteria criteria) {
    Objects.requireNonNull(criteria, "criteria");
    Instant now = context.clock().instant();
    checkNamesNoHidden(criteria, Sort.byId(), fieldAccess());
    return delegate.count(restrict(criteria, now));
  }

  @Override
  public Page<T> page(Criteria criteria, Sort sort, PageRequest request) {
    Objects.requireNonNull(criteria, "criteria");
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(request, "request");
    Instant now = context.clock().instant();
    FieldAccess access = fieldAccess();
    checkNamesNoHidden(criteria, sort, access);
    UnaryOperator<T> reader = reader(access, Action.READ, Optional.empty(), now);
    Page<T> page = delegate.page(restrict(criteria, now), sort, request);
    return new Page<>(page.items().stream().map(reader).toList(), page.nextCursor(), page.size());
  }

  @Override
  public Stream<T> stream(Criteria criteria) {
    Objects.requireNonNull(criteria, "criteria");
    Instant now = context.clock().instant();
    FieldAccess access = fieldAccess();
    checkNamesNoHidden(criteria, Sort.byId(), access);
    UnaryOperator<T> reader = reader(access, Action.READ, Optional.empty(), now);
    return delegate.stream(restrict(criteria, now)).map(reader);
  }

  private FieldAccess fieldAccess() {
    return context.policy().fieldAccess(context.principal(), type);
  }

  private boolean readable(T record, Instant now) {
    return context.policy().decide(context.principal(), Action.READ, type, record, now).allowed();
  }

  /** The caller's criteria restricted to what the principal may read: the policy's criteria, pushed into the store. */
  private Criteria restrict(Criteria criteria, Instant now) {
    Criteria visible = context.policy().visibility(context.principal(), Action.READ, type, now);
    if (visible.equals(Criteria.all())) {
      return criteria;
    }
    return criteria.equals(Criteria.all()) ? visible : Criteria.and(visible, criteria);
  }

  /** The record as stored, when the principal may read it; otherwise it fails as a write to a deleted record does. */
  private T visibleStored(I id, long expectedVersion, Instant now) {
    return delegate.find(id)
        .filter(r -> readable(r, now))
        .orElseThrow(() -> new ConcurrencyConflictException(type.name(), id.value(), expectedVersion, -1));
  }

  private void require(Action action, Optional<String> id, AccessDecision decision) {
    if (!decision.allowed()) {
      throw denied(action, id, decision.rule(), decision.reason());
    }
  }

  private SecuredAccessDeniedException denied(Action action, Optional<String> id, String rule, String reason) {
    return new SecuredAccessDeniedException(context.principal(), action, type.name(), id, rule, reason);
  }

  private SecuredAccessDeniedException deniedField(Action action, Optional<String> id, String reason) {
    return denied(action, id, SecuredAccessDeniedException.FIELD_LEVEL_SECURITY, reason);
  }

  /** A criteria or sort key on a hidden field would reveal its values (by which records match, or their order). */
  private void checkNamesNoHidden(Criteria criteria, Sort sort, FieldAccess access) {
    if (access.hidden().isEmpty()) {
      return;
    }
    for (FieldRef<?> f : criteria.fields()) {
      if (!access.mayRead(f.name())) {
        throw deniedField(Action.READ, Optional.empty(),
            "the criteria name the field '" + f.name() + "', which is hidden; a query on it would reveal its values");
      }
    }
    for (Sort.Key k : sort.keys()) {
      if (!access.mayRead(k.field().name())) {
        throw deniedField(Action.READ, Optional.empty(),
            "the sort names the field '" + k.field().name() + "', which is hidden; the order would reveal its values");
      }
    }
  }

  /**
   * What each record read goes through: hidden fields removed, and for audit entries the changes dropped when
   * the audited type has hidden fields. Refuses up front when hidden fields cannot be removed.
   */
  private UnaryOperator<T> reader(FieldAccess access, Action action, Optional<String> id, Instant now) {
    UnaryOperator<T> fields = UnaryOperator.identity();
    Set<String> hidden = access.hidden();
    if (!hidden.isEmpty()) {
      FieldRedactor<T> r = redactorFor(hidden, action, id);
      fields = record -> r.redact(record, hidden);
    }
    if (type.javaType() == AuditEntry.class) {
      @SuppressWarnings("unchecked")
      UnaryOperator<T> audit = (UnaryOperator<T>) SecuredAudit.redaction(context, store, now);
      UnaryOperator<T> first = fields;
      return record -> audit.apply(first.apply(record));
    }
    return fields;
  }

  private FieldRedactor<T> redactorFor(Set<String> hidden, Action action, Optional<String> id) {
    if (redactor.isEmpty()) {
      throw deniedField(action, id, "the fields " + new TreeSet<>(hidden) + " of " + type.name()
          + " are hidden but no FieldRedactor is registered for " + type.name() + " (FieldRedactors.with), so no record of it is shown");
    }
    FieldRedactor<T> r = redactor.get();
    List<String> cannot = hidden.stream().filter(f -> !r.removes(f)).sorted().toList();
    if (!cannot.isEmpty()) {
      throw deniedField(action, id, "the fields " + cannot + " of " + type.name()
          + " are hidden but its FieldRedactor cannot remove them, so no record of it is shown");
    }
    return r;
  }

  /** A new record must leave the hidden fields empty: the principal may not set what it may not see. */
  private void checkNew(T record, FieldAccess access, Instant now) {
    Optional<String> id = Optional.of(type.idOf(record));
    require(Action.CREATE, id, context.policy().decide(context.principal(), Action.CREATE, type, record, now));
    for (String f : new TreeSet<>(access.hidden())) {
      if (!emptyIn(record, f)) {
        throw deniedField(Action.CREATE, id, "the field '" + f + "' is hidden; a new record must leave it empty");
      }
    }
  }

  private boolean emptyIn(T record, String field) {
    // redactorFor has checked that the redactor removes every hidden field
    return redactor.orElseThrow().redact(record, Set.of(field)).equals(record);
  }

  /**
   * {@code written} with the hidden values it left empty taken from {@code stored}; refuses any change to a
   * hidden or read-only field.
   */
  private T mergeAndCheck(T written, T stored, FieldAccess access, Optional<String> id) {
    T merged = written;
    for (String f : new TreeSet<>(access.hidden())) {
      if (emptyIn(written, f)) {
        merged = redactor.orElseThrow().restore(merged, stored, Set.of(f));
      } else if (!sameValue(written, stored, f, id)) {
        throw deniedField(Action.EDIT, id, "the field '" + f + "' is hidden and cannot be changed");
      }
    }
    for (String f : new TreeSet<>(access.readOnly())) {
      if (access.mayRead(f) && !sameValue(written, stored, f, id)) {
        throw deniedField(Action.EDIT, id, "the field '" + f + "' is read-only and cannot be changed");
      }
    }
    return merged;
  }

  /** Whether {@code field} has the same value in both records, by the redactor when it knows the field, else by the field's binding. */
  private boolean sameValue(T a, T b, String field, Optional<String> id) {
    if (redactor.isPresent() && redactor.get().removes(field)) {
      FieldRedactor<T> r = redactor.get();
      return r.restore(a, b, Set.of(field)).equals(r.restore(a, a, Set.of(field)));
    }
    Optional<List<Object>> left = values(a, field);
    if (left.isEmpty()) {
      throw deniedField(Action.EDIT, id, "the field '" + field + "' may not be changed, but it is no field of " + type.name()
          + " and no FieldRedactor knows it, so a change to it cannot be ruled out");
    }
    return left.equals(values(b, field));
  }

  private Optional<List<Object>> values(T record, String field) {
    FieldBinding<T> declared = type.fields().get(field);
    if (declared != null) {
      return Optional.of(declared.values(record));
    }
    if (field.startsWith(EntityType.CUSTOM_PREFIX) && type.hasCustomFields()) {
      List<Object> out = new ArrayList<>();
      for (ValueKind kind : ValueKind.values()) {
        out.addAll(type.binding(new FieldRef<>(field, kind)).values(record));
      }
      return Optional.of(out);
    }
    return Optional.empty();
  }
}
