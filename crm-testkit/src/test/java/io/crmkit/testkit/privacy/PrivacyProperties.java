package io.crmkit.testkit.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.IdGenerator;
import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.audit.Audit;
import io.crmkit.core.audit.AuditEntry;
import io.crmkit.core.audit.Auditor;
import io.crmkit.core.consent.ConsentEvent;
import io.crmkit.core.consent.ConsentEventId;
import io.crmkit.core.event.EventPublisher;
import io.crmkit.core.json.CrmJson;
import io.crmkit.core.merge.ContactMerge;
import io.crmkit.core.merge.MergeRecord;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactFields;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.PartyRelationship;
import io.crmkit.core.party.RelationshipId;
import io.crmkit.core.privacy.Anonymisers;
import io.crmkit.core.privacy.CoreSubjectData;
import io.crmkit.core.privacy.ErasureAction;
import io.crmkit.core.privacy.ErasurePolicy;
import io.crmkit.core.privacy.ErasureReport;
import io.crmkit.core.privacy.ErasureSuppression;
import io.crmkit.core.privacy.Retention;
import io.crmkit.core.privacy.RetentionPolicy;
import io.crmkit.core.privacy.Subject;
import io.crmkit.core.privacy.SubjectDataSource;
import io.crmkit.core.privacy.SubjectExport;
import io.crmkit.core.privacy.SubjectRecord;
import io.crmkit.core.privacy.SubjectRequests;
import io.crmkit.core.privacy.SuppressionKeys;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.marketing.imports.ColumnTarget;
import io.crmkit.marketing.imports.ContactImport;
import io.crmkit.marketing.imports.ImportOptions;
import io.crmkit.marketing.imports.ImportReport;
import io.crmkit.testkit.arbitrary.CrmArbitraries;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Privacy over random worlds: random contacts (Unicode names, several e-mails and phones, custom fields) with
 * random activities, relationships, consent events, audited updates and merges. The references are blunt on
 * purpose: a record is about the person when its JSON document names their contact ({@code "contact:<id>"})
 * or holds one of their e-mail addresses, and erased values are looked for as text in every document.
 */
class PrivacyProperties {
  static final TenantId T = TenantId.of("acme");
  static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  static final byte[] KEY = "property-test host key, 32+ bytes".getBytes(StandardCharsets.UTF_8);
  static final List<EntityType<?, ?>> CORE_TYPES = List.of(
      Contact.TYPE, Account.TYPE, Activity.TYPE, PartyRelationship.TYPE, ConsentEvent.TYPE, AuditEntry.TYPE, MergeRecord.TYPE,
      ErasureSuppression.TYPE);

  /** What to build: contacts and, by contact index, the records about them. */
  record Plan(
      List<Contact> contacts, List<Tuple2<Integer, Activity>> activities, List<Tuple2<Integer, ConsentEvent>> consent,
      List<Tuple2<Integer, Integer>> relationships, List<Tuple2<Integer, String>> renames, boolean merge, int subject) {}

  /** A built world and who its subject is. */
  static final class World {
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final AtomicLong n = new AtomicLong();
    final IdGenerator ids = () -> "gen-" + n.incrementAndGet();
    final TenantStore store = InMemoryStore.create().forTenant(T);
    final List<Contact> people = new ArrayList<>();
    ContactId subject;

    SubjectRequests requests(SubjectDataSource... extra) {
      SubjectRequests.Builder b = SubjectRequests.builder().clock(clock).ids(ids).keys(SuppressionKeys.withKey(KEY))
          .source(new CoreSubjectData());
      for (SubjectDataSource s : extra) {
        b.source(s);
      }
      return b.build();
    }
  }

  @Provide
  Arbitrary<Plan> plans() {
    Arbitrary<List<Contact>> contacts = CrmArbitraries.contacts().inTenant(T).list().ofMinSize(1).ofMaxSize(5);
    Arbitrary<Integer> who = Arbitraries.integers().between(0, 4);
    Arbitrary<List<Tuple2<Integer, Activity>>> activities =
        Combinators.combine(who, CrmArbitraries.activities().inTenant(T)).as(Tuple::of).list().ofMaxSize(8);
    Arbitrary<List<Tuple2<Integer, ConsentEvent>>> consent =
        Combinators.combine(who, CrmArbitraries.consentEvents().inTenant(T)).as(Tuple::of).list().ofMaxSize(6);
    Arbitrary<List<Tuple2<Integer, Integer>>> relationships = Combinators.combine(who, who).as(Tuple::of).list().ofMaxSize(4);
    Arbitrary<String> titles = Arbitraries.strings().withCharRange('a', 'z').withChars('\u00fc', '\u00df', '\u4e2d')
        .ofMinLength(4).ofMaxLength(12).map(s -> "Title " + s);
    Arbitrary<List<Tuple2<Integer, String>>> renames = Combinators.combine(who, titles).as(Tuple::of).list().ofMaxSize(4);
    return Combinators.combine(contacts, activities, consent, relationships, renames, Arbitraries.of(true, false), who)
        .as(Plan::new);
  }

  static World build(Plan p) {
    World w = new World();
    Repository<Contact, ContactId> contacts = w.store.repository(Contact.TYPE);
    Set<String> emails = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (Contact c : p.contacts()) {
      // distinct people: no shared id or e-mail address (shared phones are fine: they do not identify)
      if (ids.add(c.id().value()) && c.emails().stream().noneMatch(emails::contains)) {
        emails.addAll(c.emails());
        w.people.add(contacts.insert(c.withVersion(0)));
      }
    }
    int size = w.people.size();
    Repository<Activity, ActivityId> activities = w.store.repository(Activity.TYPE);
    for (Tuple2<Integer, Activity> t : p.activities()) {
      RecordRef who = w.people.get(t.get1() % size).ref();
      List<RecordRef> links = new ArrayList<>(List.of(who));
      t.get2().links().stream().filter(l -> !l.equals(who)).forEach(links::add);
      Activity a = t.get2().withLinks(links).withVersion(0);
      if (activities.find(a.id()).isEmpty()) {
        activities.insert(a);
      }
    }
    Repository<ConsentEvent, ConsentEventId> consent = w.store.repository(ConsentEvent.TYPE);
    for (Tuple2<Integer, ConsentEvent> t : p.consent()) {
      ConsentEvent e = t.get2();
      ConsentEvent mine = new ConsentEvent(e.id(), T, 0, w.people.get(t.get1() % size).ref(), e.channel(), e.purpose(), e.action(),
          e.legalBasis(), e.source(), e.at(), e.doubleOptIn(), e.evidence());
      if (consent.find(mine.id()).isEmpty()) {
        consent.insert(mine);
      }
    }
    Repository<PartyRelationship, RelationshipId> rels = w.store.repository(PartyRelationship.TYPE);
    for (Tuple2<Integer, Integer> t : p.relationships()) {
      ContactId from = w.people.get(t.get1() % size).id();
      ContactId to = w.people.get(t.get2() % size).id();
      if (!from.equals(to)) {
        rels.insert(PartyRelationship.reportsTo(w.ids.next(RelationshipId::new), T, from, to).withTitle("reports to"));
      }
    }
    Repository<Contact, ContactId> audited = Audit.audited(contacts, w.store, Auditor.custom().actor("u-1").clock(w.clock).ids(w.ids).build());
    for (Tuple2<Integer, String> t : p.renames()) {
      Contact c = contacts.get(w.people.get(t.get1() % size).id());
      if (!c.jobTitle().equals(java.util.Optional.of(t.get2()))) {
        audited.update(c.withJobTitle(t.get2()));
      }
    }
    int subject = p.subject() % size;
    if (p.merge() && size >= 2) {
      int other = (subject + 1) % size;
      ContactMerge.builder(w.store, w.clock).ids(w.ids).build().merge(w.people.get(subject).id(), List.of(w.people.get(other).id()), "u-1");
    }
    w.subject = w.people.get(subject).id();
    return w;
  }

  static Map<String, String> documents(TenantStore store) {
    Map<String, String> out = new TreeMap<>();
    for (EntityType<?, ?> t : CORE_TYPES) {
      add(store, t, out);
    }
    return out;
  }

  private static <R extends Aggregate<I>, I extends EntityId> void add(TenantStore store, EntityType<R, I> type, Map<String, String> out) {
    try (Stream<R> s = store.repository(type).stream(Criteria.all())) {
      s.forEach(r -> out.put(type.name() + ":" + r.id().value(), CrmJson.documentOf(r)));
    }
  }

  /** The reference: records whose document names the subject's contact or holds one of their e-mails. */
  static Set<String> about(Map<String, String> documents, Subject subject) {
    String ref = "\"" + RecordRef.of(Contact.TYPE_NAME, subject.contact()) + "\"";
    Set<String> out = new LinkedHashSet<>();
    documents.forEach((key, doc) -> {
      if (key.equals("contact:" + subject.contact().value()) || doc.contains(ref)
          || subject.emails().stream().anyMatch(e -> doc.contains("\"" + e + "\""))) {
        out.add(key);
      }
    });
    // and the audit entries about those records, which the export carries beside them
    Set<String> records = Set.copyOf(out);
    documents.forEach((key, doc) -> {
      if (key.startsWith("audit_entry:") && records.stream().anyMatch(r -> doc.contains("\"record\":\"" + r + "\""))) {
        out.add(key);
      }
    });
    return out;
  }

  static Set<String> keys(SubjectExport export) {
    return export.records().stream().map(r -> r.entityType() + ":" + r.id()).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * The values of the subject that no record may hold after the erasure, less those that cannot tell the
   * person apart: a value that is also an id, a JSON word of the records or the report (a generated external id
   * equal to the contact's id, a name such as "name"), or held by someone else's record.
   */
  static List<String> erasedValues(World w, Subject subject, Map<String, String> before, Set<String> about, String report) {
    StringBuilder noise = new StringBuilder(report);
    noise.append(CrmJson.documentOf(Anonymisers.contact(w.store.repository(Contact.TYPE).get(subject.contact()))));
    // record ids, also those of contacts merged away and held only inside merge records: an id is not a personal value
    before.values().forEach(doc -> java.util.regex.Pattern.compile("\"id\":(\"[^\"]*\")").matcher(doc).results()
        .forEach(m -> noise.append(m.group(1))));
    before.forEach((k, doc) -> {
      if (!about.contains(k)) {
        noise.append(doc);
      }
    });
    return candidateValues(w, subject).stream().filter(v -> !noise.toString().contains(v)).toList();
  }

  private static List<String> candidateValues(World w, Subject subject) {
    List<String> out = new ArrayList<>(subject.emails());
    out.addAll(subject.phones());
    Contact c = w.store.repository(Contact.TYPE).get(subject.contact());
    c.jobTitle().ifPresent(j -> out.add("\"" + j + "\""));
    Stream.of(c.name().given(), c.name().family()).filter(s -> s.codePointCount(0, s.length()) >= 4).forEach(s -> out.add("\"" + s + "\""));
    // an external id shaped like the store's UUID ids can coincide with a record id (an account's, a merged contact's),
    // which is no personal value: such ids are left out of the values checked
    c.externalIds().values().stream().filter(v -> v.length() >= 6).filter(v -> !UUID_SHAPED.matcher(v).matches())
        .forEach(v -> out.add("\"" + v + "\""));
    return out;
  }

  @Property(tries = 150)
  void theExportHoldsExactlyTheRecordsThePersonAppearsIn(@ForAll("plans") Plan plan) {
    World w = build(plan);
    SubjectRequests requests = w.requests();
    Subject subject = requests.resolve(w.store, w.subject);
    SubjectExport export = requests.export(w.store, subject);
    assertThat(keys(export)).containsExactlyInAnyOrderElementsOf(about(documents(w.store), subject));
    assertThat(export.records()).extracting(SubjectRecord::module).containsOnly("core");
  }

  /** An erasure's report and the values it had to remove. */
  record Erased(ErasureReport report, List<String> values) {}

  /**
   * Erases the subject under {@code policy} and checks every record after it: one not about the subject is
   * unchanged; one about them, or written by the erasure, holds none of their values.
   */
  private static final java.util.regex.Pattern UUID_SHAPED =
      java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  static Erased eraseAndCheck(World w, SubjectRequests requests, Subject subject, ErasurePolicy policy) {
    Map<String, String> before = documents(w.store);
    Set<String> about = about(before, subject);
    List<String> values = erasedValues(w, subject, before, about, CrmJson.write(requests.preview(w.store, subject, policy, "dpo")));
    ErasureReport report = requests.erase(w.store, subject, policy, "dpo");
    documents(w.store).forEach((key, doc) -> {
      if (before.containsKey(key) && !about.contains(key)) {
        assertThat(doc).as("%s is not about the subject and must not change", key).isEqualTo(before.get(key));
      } else {
        assertThat(values).as("%s after the erasure: %s", key, doc).noneMatch(doc::contains);
      }
    });
    return new Erased(report, values);
  }

  @Property(tries = 100)
  void afterErasureNoRecordHoldsTheErasedValuesAndOthersAreUntouched(@ForAll("plans") Plan plan) {
    World w = build(plan);
    SubjectRequests requests = w.requests();
    Subject subject = requests.resolve(w.store, w.subject);
    List<String> values = eraseAndCheck(w, requests, subject, ErasurePolicy.anonymiseAll()).values();
    assertThat(requests.export(w.store, subject).records()).allSatisfy(r -> assertThat(values).noneMatch(CrmJson.write(r.record())::contains));
  }

  @Property(tries = 100)
  void deletingThePersonLeavesNoRecordThatHoldsTheirValues(@ForAll("plans") Plan plan) {
    World w = build(plan);
    SubjectRequests requests = w.requests();
    Subject subject = requests.resolve(w.store, w.subject);
    ErasurePolicy deleteAll = ErasurePolicy.builder().record("contact", ErasurePolicy.Treatment.DELETE)
        .record("activity", ErasurePolicy.Treatment.DELETE).build();
    List<ErasureAction> actions = eraseAndCheck(w, requests, subject, deleteAll).report().actions();
    assertThat(w.store.repository(Contact.TYPE).find(subject.contact())).isEmpty();
    assertThat(actions).filteredOn(a -> a.entityType().equals("activity")).allMatch(a -> a.treatment() == ErasurePolicy.Treatment.DELETE);
  }

  @Property(tries = 100)
  void anErasureWithAFailingSourceChangesNothing(@ForAll("plans") Plan plan) {
    World w = build(plan);
    SubjectDataSource failing = new SubjectDataSource() {
      @Override
      public String module() {
        return "zz-failing";
      }

      @Override
      public List<SubjectRecord> collect(TenantStore store, Subject subject) {
        return List.of();
      }

      @Override
      public List<ErasureAction> erase(TenantStore store, Subject subject, ErasurePolicy policy) {
        throw new IllegalStateException("injected failure after core's erasure");
      }
    };
    SubjectRequests requests = w.requests(failing);
    Subject subject = requests.resolve(w.store, w.subject);
    Map<String, String> before = documents(w.store);
    assertThatThrownBy(() -> requests.erase(w.store, subject, ErasurePolicy.anonymiseAll(), "dpo")).hasMessageContaining("injected");
    assertThat(documents(w.store)).isEqualTo(before);
    assertThat(w.requests().preview(w.store, subject, ErasurePolicy.anonymiseAll(), "dpo").dryRun()).isTrue();
    assertThat(documents(w.store)).as("a dry run changes nothing either").isEqualTo(before);
  }

  @Property(tries = 100)
  void theErasedPersonIsNotImportedAgain(@ForAll("plans") Plan plan) {
    World w = build(plan);
    SubjectRequests requests = w.requests();
    Subject subject = requests.resolve(w.store, w.subject);
    requests.erase(w.store, subject, ErasurePolicy.anonymiseAll(), "dpo");
    StringBuilder csv = new StringBuilder("Email,Phone,Name\n");
    subject.emails().forEach(e -> csv.append(e.toUpperCase(java.util.Locale.ROOT)).append(",,Someone\n"));
    subject.phones().forEach(ph -> csv.append(",").append(ph).append(",Someone\n"));
    Map<String, ColumnTarget> columns = new LinkedHashMap<>();
    columns.put("Email", ColumnTarget.email());
    columns.put("Phone", ColumnTarget.phone());
    columns.put("Name", ColumnTarget.givenName());
    ImportReport report = ContactImport.of(w.store, w.clock, requests.guard())
        .run(new StringReader(csv.toString()), ImportOptions.of(columns).withBatchSize(1));
    int lines = subject.emails().size() + subject.phones().size();
    assertThat(report.problems()).hasSize(lines).allSatisfy(pr -> assertThat(pr.problem()).contains("erased"));
    assertThat(report.created()).isZero();
    for (String e : subject.emails()) {
      assertThat(w.store.repository(Contact.TYPE).count(Criteria.eq(ContactFields.EMAIL, e))).isZero();
    }
  }

  @Property(tries = 150)
  void retentionDeletesExactlyTheRecordsOlderThanTheCutOff(
      @ForAll("plans") Plan plan, @ForAll("ages") Period maxAge, @ForAll boolean dryRun) {
    World w = build(plan);
    Instant cutoff = NOW.atOffset(ZoneOffset.UTC).minus(maxAge).toInstant();
    Set<String> all;
    Set<String> expired;
    try (Stream<Activity> s = w.store.repository(Activity.TYPE).stream(Criteria.all())) {
      List<Activity> list = s.toList();
      all = list.stream().map(a -> a.id().value()).collect(Collectors.toSet());
      expired = list.stream().filter(a -> a.occurredAt().isBefore(cutoff)).map(a -> a.id().value()).collect(Collectors.toSet());
    }
    Retention retention = Retention.of(List.of(RetentionPolicy.delete(Activity.TYPE, Activity.OCCURRED_AT, maxAge)));
    var report = dryRun ? retention.preview(w.store, NOW) : retention.run(w.store, NOW);
    assertThat(report.expiries().get(0).ids()).containsExactlyInAnyOrderElementsOf(expired);
    Set<String> left;
    try (Stream<Activity> s = w.store.repository(Activity.TYPE).stream(Criteria.all())) {
      left = s.map(a -> a.id().value()).collect(Collectors.toSet());
    }
    Set<String> expected = new HashSet<>(all);
    if (!dryRun) {
      expected.removeAll(expired);
    }
    assertThat(left).isEqualTo(expected);
  }

  @Provide
  Arbitrary<Period> ages() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(1, 40).map(Period::ofYears),
        Arbitraries.integers().between(1, 400).map(Period::ofMonths),
        Arbitraries.integers().between(1, 20000).map(Period::ofDays));
  }
}
