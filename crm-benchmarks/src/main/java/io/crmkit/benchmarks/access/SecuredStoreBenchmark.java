package io.crmkit.benchmarks.access;

import io.crmkit.benchmarks.SampleContacts;
import io.crmkit.core.access.FieldAccess;
import io.crmkit.core.access.Principal;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactFields;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.Page;
import io.crmkit.core.query.PageRequest;
import io.crmkit.core.query.Sort;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.testkit.access.SecuredStoreFixture;
import io.crmkit.testkit.access.SecuredStorePolicy;
import io.crmkit.testkit.access.SecuredStorePolicy.Grant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The overhead of the secured store on queries over 1,000,000 in-memory contacts owned by 50 users: the plain
 * repository against secured repositories of a user who reads the records of 1 owner (selective, 2 %) or of
 * 45 owners (broad, 90 %), the latter also with e-mail and {@code custom.score} hidden (redaction on every
 * record returned). The visibility is AND-ed into the criteria; the in-memory store evaluates it in its scan.
 * The query is an unindexed {@code givenName = Zoë AND familyName = Müller} (about 1 in 900 contacts); the
 * page is the first 100 of {@code givenName = Zoë} in id order.
 *
 * <p>{@code java -Xmx6g -jar crm-benchmarks/target/benchmarks.jar SecuredStoreBenchmark -f 1 -wi 2 -i 3 -r 2 -w 2}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SecuredStoreBenchmark {
  /** Which repository answers. */
  public enum Access {
    PLAIN,
    SECURED_SELECTIVE,
    SECURED_BROAD,
    SECURED_BROAD_REDACTED
  }

  private static final Criteria QUERY =
      Criteria.and(Criteria.eq(ContactFields.GIVEN_NAME, "Zoë"), Criteria.eq(ContactFields.FAMILY_NAME, "Müller"));
  private static final Criteria PAGE = Criteria.eq(ContactFields.GIVEN_NAME, "Zoë");

  @Param("1000000")
  public int contacts;

  @Param({"PLAIN", "SECURED_SELECTIVE", "SECURED_BROAD", "SECURED_BROAD_REDACTED"})
  public Access access;

  private Repository<Contact, ContactId> repository;

  /** One store per trial (it is loaded once per JVM fork and access mode). */
  @Setup(Level.Trial)
  public void load() {
    InMemoryStore store = InMemoryStore.create();
    List<Contact> generated = SampleContacts.generate(contacts);
    store.forTenant(SampleContacts.TENANT).repository(Contact.TYPE).insertAll(generated);
    Set<String> one = Set.of("user:u-7");
    Set<String> most = IntStream.range(0, 45).mapToObj(i -> "user:u-" + i).collect(Collectors.toSet());
    Map<String, Grant> grants = Map.of(
        "selective", Grant.owners(one),
        "broad", Grant.owners(most),
        "redacted", Grant.owners(most).withFields(Contact.TYPE.name(), new FieldAccess(Set.of("email", "custom.score"), Set.of())));
    SecuredStorePolicy policy = new SecuredStorePolicy(grants);
    repository = switch (access) {
      case PLAIN -> store.forTenant(SampleContacts.TENANT).repository(Contact.TYPE);
      case SECURED_SELECTIVE -> secured(store, policy, "selective");
      case SECURED_BROAD -> secured(store, policy, "broad");
      case SECURED_BROAD_REDACTED -> secured(store, policy, "redacted");
    };
    System.out.printf("%n[setup] %s: query %,d, count %,d, page %,d contacts%n",
        access, query().size(), count(), page().items().size());
  }

  private static Repository<Contact, ContactId> secured(InMemoryStore store, SecuredStorePolicy policy, String user) {
    return SecuredStoreFixture.secure(store, policy).tenantStore(Principal.user(SampleContacts.TENANT, user)).repository(Contact.TYPE);
  }

  /** The unindexed query, results sorted by id. */
  @Benchmark
  public List<Contact> query() {
    return repository.query(QUERY);
  }

  /** The same criteria counted. */
  @Benchmark
  public long count() {
    return repository.count(QUERY);
  }

  /** The first page of 100. */
  @Benchmark
  public Page<Contact> page() {
    return repository.page(PAGE, Sort.byId(), PageRequest.first(100));
  }
}
