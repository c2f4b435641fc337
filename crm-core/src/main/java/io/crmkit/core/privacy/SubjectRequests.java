package io.crmkit.core.privacy;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.RecordRef;
import io.crmkit.core.ValidationException;
import io.crmkit.core.audit.AuditEntry;
import io.crmkit.core.audit.AuditEntryId;
import io.crmkit.core.audit.FieldChange;
import io.crmkit.core.event.ChangeKind;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactFields;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Subject requests (GDPR art. 15 and 17): resolves a person from a contact id, an e-mail address or a phone
 * number; exports everything every {@link SubjectDataSource} holds about them; erases it per an
 * {@link ErasurePolicy} in one transaction, scrubbing the audit trail, recording the erasure there without
 * the erased values and leaving an {@link ErasureSuppression} so the next import does not re-create them.
 *
 * <pre>{@code
 * SubjectRequests requests = SubjectRequests.builder()
 *     .clock(clock)
 *     .keys(SuppressionKeys.withKey(hostSecret))
 *     .discoverSources()                       // every SubjectDataSource on the class path
 *     .build();
 * Subject ada = requests.resolve(tenantStore, "ada@example.com");
 * String json = SubjectExportJson.write(requests.export(tenantStore, ada));
 * ErasureReport report = requests.erase(tenantStore, ada, ErasurePolicy.anonymiseAll(), "dpo@acme");
 * }</pre>
 *
 * <p>Audit entries are the orchestrator's, not a source's: the export includes the entries about every
 * record any source found (module {@code core}, type {@code audit_entry}), and an erasure scrubs their
 * values ({@link AuditEntry#scrubbed()}; policy type {@code audit_entry}: DELETE removes them, KEEP keeps
 * them). Thread-safe.
 */
public final class SubjectRequests {
  /** The module and entity type names the audit records of an export carry. */
  static final String AUDIT = AuditEntry.TYPE.name();

  private final Clock clock;
  private final IdGenerator ids;
  private final SuppressionKeys keys;
  private final List<SubjectDataSource> sources;

  private SubjectRequests(Builder b) {
    this.clock = Objects.requireNonNull(b.clock, "clock: call clock(...) before build()");
    this.keys = Objects.requireNonNull(b.keys, "keys: call keys(...) before build()");
    this.ids = b.ids == null ? IdGenerator.uuidV7(clock) : b.ids;
    List<SubjectDataSource> all = new ArrayList<>();
    b.sources.forEach(s -> all.add(s.withClock(clock)));   // sources date their changes by the requests' clock
    all.sort(Comparator.comparing(SubjectDataSource::module));
    Set<String> modules = new HashSet<>();
    for (SubjectDataSource s : all) {
      ValidationException.check(modules.add(s.module()), "sources", "two sources name module '" + s.module() + "'");
    }
    ValidationException.check(!all.isEmpty(), "sources", "needs at least one SubjectDataSource (discoverSources() or source(...))");
    this.sources = List.copyOf(all);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Every {@link SubjectDataSource} registered in {@code META-INF/services} on {@code loader}'s class path. */
  public static List<SubjectDataSource> discover(ClassLoader loader) {
    List<SubjectDataSource> out = new ArrayList<>();
    ServiceLoader.load(SubjectDataSource.class, loader).forEach(out::add);
    return out;
  }

  /** The sources in use, by module name. */
  public List<SubjectDataSource> sources() {
    return sources;
  }

  /** The guard that recognises people erased by this service's erasures (same keys). */
  public ErasureGuard guard() {
    return ErasureGuard.of(keys);
  }

  /**
   * The subject of contact {@code id}: its e-mails and phones and those of the contacts merged into it.
   *
   * @throws NotFoundException if there is no such contact
   */
  public Subject resolve(TenantStore store, ContactId id) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(id, "id");
    Contact c = store.repository(Contact.TYPE).get(id);
    return CoreSubjectData.withMergedIdentifiers(store, Subject.of(c));
  }

  /**
   * The subject named by {@code contactIdOrEmailOrPhone}: an e-mail address (with {@code @}) or an E.164
   * phone number (starting with {@code +}) resolves to the contact holding it (the smallest id when several
   * do), or to a subject without contact when none does (a lead never converted); anything else is a contact
   * id.
   *
   * @throws ValidationException if an e-mail address or phone number is malformed
   * @throws NotFoundException if a contact id names no contact
   */
  public Subject resolve(TenantStore store, String contactIdOrEmailOrPhone) {
    Objects.requireNonNull(store, "store");
    String text = Objects.requireNonNull(contactIdOrEmailOrPhone, "contactIdOrEmailOrPhone").strip();
    Repository<Contact, ContactId> contacts = store.repository(Contact.TYPE);
    if (text.contains("@")) {
      String email = ContactPoint.email(text, ContactPoint.Purpose.OTHER).normalized();
      return contacts.query(Criteria.eq(ContactFields.EMAIL, email)).stream()
          .min(Comparator.comparing(c -> c.id().value()))
          .map(c -> resolve(store, c.id()))
          .orElseGet(() -> Subject.withoutContact(store.tenantId(), Set.of(email), Set.of()));
    }
    if (text.startsWith("+")) {
      String phone = ContactPoint.phone(text, "ZZ", ContactPoint.Purpose.OTHER).normalized();
      return contacts.query(Criteria.eq(ContactFields.PHONE, phone)).stream()
          .min(Comparator.comparing(c -> c.id().value()))
          .map(c -> resolve(store, c.id()))
          .orElseGet(() -> Subject.withoutContact(store.tenantId(), Set.of(), Set.of(phone)));
    }
    return resolve(store, new ContactId(text));
  }

  /** Everything every source holds about {@code subject}, with the audit entries about those records. */
  public SubjectExport export(TenantStore store, Subject subject) {
    check(store, subject);
    Instant at = clock.instant();
    List<SubjectRecord> records = collect(store, subject);
    return new SubjectExport(subject, at, records);
  }

  /**
   * Erases {@code subject} per {@code policy}, all of it in one transaction: every source's erase, the
   * scrubbing of the audit trail, one audit entry per changed record naming its fields (values shown as
   * {@link FieldChange#ERASED}) and the {@link ErasureSuppression}. When anything fails, nothing is changed.
   *
   * @param requestedBy who asked for the erasure (the data-protection officer, {@code subject}, ...)
   */
  public ErasureReport erase(TenantStore store, Subject subject, ErasurePolicy policy, String requestedBy) {
    check(store, subject);
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(requestedBy, "requestedBy");
    ValidationException.check(!requestedBy.isBlank(), "requestedBy", "must name who asked for the erasure");
    return store.transactions().inTransaction(() -> eraseNow(store, subject, policy, requestedBy, false));
  }

  /**
   * What {@link #erase} would do, without changing anything: the erasure runs in a transaction that is then
   * undone. Call it outside any transaction of the caller's (inside one it would join it and not be undone).
   */
  public ErasureReport preview(TenantStore store, Subject subject, ErasurePolicy policy, String requestedBy) {
    check(store, subject);
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(requestedBy, "requestedBy");
    try {
      store.transactions().inTransaction(() -> {
        throw new DryRun(eraseNow(store, subject, policy, requestedBy, true));
      });
    } catch (DryRun d) {
      return d.report;
    }
    throw new IllegalStateException("unreachable: the dry run always undoes itself");
  }

  private ErasureReport eraseNow(TenantStore store, Subject subject, ErasurePolicy policy, String requestedBy, boolean dryRun) {
    Instant at = clock.instant();
    // what the audit trail must be scrubbed of: every record found before the sources change anything
    Set<RecordRef> touched = new LinkedHashSet<>();
    if (subject.hasContact()) {
      touched.add(subject.contactRef());
    }
    for (SubjectDataSource s : sources) {
      for (SubjectRecord r : s.collect(store, subject)) {
        touched.add(new RecordRef(r.entityType(), r.id()));
      }
    }
    List<ErasureAction> actions = new ArrayList<>();
    for (SubjectDataSource s : sources) {
      actions.addAll(s.erase(store, subject, policy));
    }
    actions.addAll(scrubAudit(store, touched, policy));
    ErasureSuppressionId suppression = ids.next(ErasureSuppressionId::new);
    Repository<AuditEntry, AuditEntryId> audit = store.repository(AuditEntry.TYPE);
    for (ErasureAction a : actions) {
      if (a.treatment() == ErasurePolicy.Treatment.KEEP || a.entityType().equals(AUDIT)) {
        continue;
      }
      boolean deleted = a.treatment() == ErasurePolicy.Treatment.DELETE;
      List<FieldChange> changes = a.fields().stream().distinct().map(f -> FieldChange.erased(f, true, !deleted)).toList();
      audit.insert(AuditEntry.of(
          ids.next(AuditEntryId::new), store.tenantId(), new RecordRef(a.entityType(), a.id()),
          deleted ? ChangeKind.DELETED : ChangeKind.UPDATED, requestedBy, at, changes));
    }
    Set<String> suppressionKeys = keys.keysOf(store.tenantId(), subject.emails(), subject.phones());
    store.repository(ErasureSuppression.TYPE).insert(
        new ErasureSuppression(suppression, store.tenantId(), 0, suppressionKeys, requestedBy, at, actions));
    audit.insert(AuditEntry.of(
        ids.next(AuditEntryId::new), store.tenantId(), RecordRef.of(ErasureSuppression.TYPE.name(), suppression), ChangeKind.CREATED,
        requestedBy, at, List.of(FieldChange.set("records", String.valueOf(actions.size())))));
    return new ErasureReport(store.tenantId(), subject.contact(), requestedBy, at, suppression, dryRun, actions);
  }

  private List<SubjectRecord> collect(TenantStore store, Subject subject) {
    List<SubjectRecord> records = new ArrayList<>();
    Set<RecordRef> refs = new LinkedHashSet<>();
    if (subject.hasContact()) {
      refs.add(subject.contactRef());
    }
    for (SubjectDataSource s : sources) {
      for (SubjectRecord r : s.collect(store, subject)) {
        records.add(r);
        refs.add(new RecordRef(r.entityType(), r.id()));
      }
    }
    for (AuditEntry e : auditOf(store, refs)) {
      records.add(new SubjectRecord(CoreSubjectData.MODULE, AUDIT, e.id().value(), "audit of " + e.record(), e));
    }
    return records;
  }

  private static List<AuditEntry> auditOf(TenantStore store, Set<RecordRef> refs) {
    if (refs.isEmpty()) {
      return List.of();
    }
    List<String> texts = refs.stream().map(RecordRef::toString).toList();
    try (Stream<AuditEntry> s = store.repository(AuditEntry.TYPE).stream(Criteria.in(AuditEntry.RECORD, texts))) {
      return s.collect(Collectors.toMap(e -> e.id().value(), e -> e, (a, b) -> a, TreeMap::new)).values().stream().toList();
    }
  }

  private static List<ErasureAction> scrubAudit(TenantStore store, Set<RecordRef> refs, ErasurePolicy policy) {
    Repository<AuditEntry, AuditEntryId> repo = store.repository(AuditEntry.TYPE);
    ErasurePolicy.Rule rule = policy.forRecord(AUDIT);
    List<ErasureAction> out = new ArrayList<>();
    for (AuditEntry e : auditOf(store, refs)) {
      List<String> fields = e.changes().stream().map(FieldChange::field).toList();
      switch (rule.treatment()) {
        case KEEP -> out.add(new ErasureAction(CoreSubjectData.MODULE, AUDIT, e.id().value(), rule.treatment(), fields, rule.reason()));
        case DELETE -> {
          repo.delete(e.id(), e.version());
          out.add(new ErasureAction(CoreSubjectData.MODULE, AUDIT, e.id().value(), rule.treatment(), fields, rule.reason()));
        }
        default -> {
          if (!e.isScrubbed()) {
            repo.update(e.scrubbed());
            out.add(new ErasureAction(CoreSubjectData.MODULE, AUDIT, e.id().value(), rule.treatment(), fields, rule.reason()));
          }
        }
      }
    }
    return out;
  }

  private static void check(TenantStore store, Subject subject) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(subject, "subject");
    ValidationException.check(
        subject.tenant().equals(store.tenantId()), "subject",
        "is a person of tenant " + subject.tenant() + ", not of " + store.tenantId());
  }

  /** Carries a dry run's report out of the transaction it undoes. */
  private static final class DryRun extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ErasureReport report;

    DryRun(ErasureReport report) {
      super("dry run", null, false, false);
      this.report = report;
    }
  }

  /** Builds {@link SubjectRequests}; clock, keys and at least one source are required. */
  public static final class Builder {
    private @Nullable Clock clock;
    private @Nullable IdGenerator ids;
    private @Nullable SuppressionKeys keys;
    private final List<SubjectDataSource> sources = new ArrayList<>();

    private Builder() {}

    /** The clock stamping exports, erasures and their audit entries. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How suppression and audit entry ids are made; by default UUIDv7 from the clock. */
    public Builder ids(IdGenerator ids) {
      this.ids = Objects.requireNonNull(ids, "ids");
      return this;
    }

    /** The suppression keys (the host's secret), shared with the {@link ErasureGuard} of imports. */
    public Builder keys(SuppressionKeys keys) {
      this.keys = Objects.requireNonNull(keys, "keys");
      return this;
    }

    /** Adds {@code source}. */
    public Builder source(SubjectDataSource source) {
      sources.add(Objects.requireNonNull(source, "source"));
      return this;
    }

    /** Adds every source registered through {@code META-INF/services} on this class's class loader. */
    public Builder discoverSources() {
      sources.addAll(discover(SubjectRequests.class.getClassLoader()));
      return this;
    }

    public SubjectRequests build() {
      return new SubjectRequests(this);
    }
  }
}
