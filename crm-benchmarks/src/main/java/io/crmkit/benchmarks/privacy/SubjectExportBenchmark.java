package io.crmkit.benchmarks.privacy;

import io.crmkit.benchmarks.SampleContacts;
import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentAction;
import io.crmkit.core.consent.ConsentEvent;
import io.crmkit.core.consent.ConsentEventId;
import io.crmkit.core.consent.LegalBasis;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.json.SubjectExportJson;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.privacy.CoreSubjectData;
import io.crmkit.core.privacy.SubjectExport;
import io.crmkit.core.privacy.SubjectRequests;
import io.crmkit.core.privacy.SuppressionKeys;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The subject-access export of one person among 100,000 contacts in the in-memory store, each with two
 * activities and a consent event (500,000 records in all): resolve the contact's subject, gather every core
 * record about them ({@code export}), and the same plus the JSON document ({@code exportJson}). The floor is
 * {@code directLookups}: the indexed queries the core source makes (contact by id, e-mail, relationships,
 * activities, consent, merges, audit) issued by hand without building the export.
 *
 * <p>{@code java -jar crm-benchmarks/target/benchmarks.jar SubjectExportBenchmark -f 1 -wi 2 -i 3}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class SubjectExportBenchmark {
  static final int CONTACTS = 100_000;
  static final Instant AT = Instant.parse("2026-01-15T10:00:00Z");

  TenantStore store;
  SubjectRequests requests;
  ContactId[] ids;
  int next;

  @Setup(Level.Trial)
  public void load() {
    store = InMemoryStore.create().forTenant(SampleContacts.TENANT);
    List<Contact> contacts = SampleContacts.generate(CONTACTS);
    store.repository(Contact.TYPE).insertAll(contacts);
    List<Activity> activities = new ArrayList<>();
    List<ConsentEvent> consent = new ArrayList<>();
    for (Contact c : contacts) {
      RecordRef ref = c.ref();
      for (int k = 0; k < 2; k++) {
        activities.add(Activity.note(new ActivityId("a-" + c.id().value() + "-" + k), SampleContacts.TENANT, "Note " + k,
            "about " + c.name().fullName(), Owner.user("u-1"), List.of(ref), AT));
      }
      consent.add(new ConsentEvent(new ConsentEventId("ce-" + c.id().value()), SampleContacts.TENANT, 0, ref, Channel.EMAIL,
          Purpose.NEWSLETTER, ConsentAction.GRANTED, LegalBasis.CONSENT, "web-form", AT, false, Optional.of("form")));
    }
    store.repository(Activity.TYPE).insertAll(activities);
    store.repository(ConsentEvent.TYPE).insertAll(consent);
    requests = SubjectRequests.builder().clock(Clock.fixed(AT, ZoneOffset.UTC))
        .keys(SuppressionKeys.withKey("benchmark key of at least 32 bytes".getBytes(StandardCharsets.UTF_8)))
        .source(new CoreSubjectData()).build();
    Random random = new Random(9);
    ids = new ContactId[1024];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = contacts.get(random.nextInt(contacts.size())).id();
    }
  }

  private ContactId nextId() {
    ContactId id = ids[next];
    next = (next + 1) & (ids.length - 1);
    return id;
  }

  /** Resolve and gather every record about one person. */
  @Benchmark
  public SubjectExport export() {
    return requests.export(store, requests.resolve(store, nextId()));
  }

  /** The same, written as the one JSON document. */
  @Benchmark
  public String exportJson() {
    return SubjectExportJson.write(requests.export(store, requests.resolve(store, nextId())));
  }

  /** The floor: the indexed queries an export makes, by hand. */
  @Benchmark
  public int directLookups() {
    Contact c = store.repository(Contact.TYPE).get(nextId());
    String ref = c.ref().toString();
    int n = 1;
    for (String e : c.emails()) {
      n += store.repository(Contact.TYPE).query(Criteria.eq(io.crmkit.core.party.ContactFields.EMAIL, e)).size();
    }
    n += store.repository(io.crmkit.core.party.PartyRelationship.TYPE).query(Criteria.eq(io.crmkit.core.party.PartyRelationship.PARTY, ref)).size();
    n += store.repository(Activity.TYPE).query(Criteria.eq(Activity.LINKS, ref)).size();
    n += store.repository(ConsentEvent.TYPE).query(Criteria.eq(ConsentEvent.PARTY, ref)).size();
    n += store.repository(io.crmkit.core.merge.MergeRecord.TYPE).query(Criteria.eq(io.crmkit.core.merge.MergeRecord.SURVIVOR, ref)).size();
    n += store.repository(io.crmkit.core.audit.AuditEntry.TYPE).query(Criteria.eq(io.crmkit.core.audit.AuditEntry.RECORD, ref)).size();
    return n;
  }
}
