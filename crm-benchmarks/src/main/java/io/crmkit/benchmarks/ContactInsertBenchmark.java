package io.crmkit.benchmarks;

import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.memory.InMemoryStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
 * Loading 1,000,000 contacts into a fresh, empty store, one thread, one shot per iteration: through
 * {@code insertAll} and through {@code insert} one by one. The baseline puts the same version-1 copies the
 * store makes ({@code withVersion(1)}) into a plain {@code HashMap} by id, so the gap is the store's own work
 * (locking, checks, five hash indexes). Contacts are generated once per trial; each iteration gets a new
 * store after a GC. Target: under 5 s.
 *
 * <p>{@code java -Xmx8g -jar crm-benchmarks/target/benchmarks.jar ContactInsertBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ContactInsertBenchmark {
  /** How many contacts each shot inserts. */
  @Param("1000000")
  public int contacts;

  private List<Contact> generated;
  private Repository<Contact, ContactId> repository;
  private Map<String, Contact> map;

  @Setup(Level.Trial)
  public void generate() {
    long t0 = System.nanoTime();
    generated = SampleContacts.generate(contacts);
    System.out.printf("%n[setup] generated %,d contacts in %,d ms%n", contacts, (System.nanoTime() - t0) / 1_000_000);
  }

  /** A new, empty store and map for each shot, after collecting the previous shot's. */
  @Setup(Level.Iteration)
  public void freshStore() {
    repository = InMemoryStore.create().forTenant(SampleContacts.TENANT).repository(Contact.TYPE);
    map = new HashMap<>();
    System.gc();
  }

  /** All contacts in one {@code insertAll} call (one lock, all or nothing). */
  @Benchmark
  public List<Contact> insertAll() {
    return repository.insertAll(generated);
  }

  /** Every contact through its own {@code insert} call. */
  @Benchmark
  public Repository<Contact, ContactId> insertOneByOne() {
    Repository<Contact, ContactId> repo = repository;
    for (Contact c : generated) {
      repo.insert(c);
    }
    return repo;
  }

  /** Baseline: {@code withVersion(1)} copies into a plain, unpresized {@code HashMap} by id. */
  @Benchmark
  public Map<String, Contact> hashMapPutVersioned() {
    Map<String, Contact> m = map;
    for (Contact c : generated) {
      m.put(c.id().value(), c.withVersion(1));
    }
    return m;
  }
}
