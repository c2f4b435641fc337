package io.crmkit.benchmarks.jdbc;

import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.store.CrmStore;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.store.jdbc.JdbcStoreConfig;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * JMH state of the read benchmarks: the sample contacts in the store named by {@code store} — the
 * in-memory store ({@code memory}, loaded each trial) or the JDBC store on PostgreSQL ({@code postgres},
 * schema {@value #SCHEMA}). The PostgreSQL load of 1,000,000 contacts takes minutes, so it is done once and
 * kept for later trials while the schema holds exactly the sample; {@code -Dcrmkit.bench.reload=true}
 * forces a fresh load. Each load prints its time and rate.
 *
 * <p>Take it as a benchmark parameter: {@code public Optional<Contact> find(StoredContacts data, Keys keys)}.
 */
@State(Scope.Benchmark)
public class StoredContacts {
  static final String SCHEMA = "crmkit_bench_contacts";

  /** Which store: {@code memory} or {@code postgres}. */
  @Param({"memory", "postgres"})
  public String store;

  /** How many contacts the store holds. */
  @Param("1000000")
  public int contacts;

  List<Contact> sample;
  Repository<Contact, ContactId> repository;
  private AutoCloseable closeable = () -> {};

  @Setup(Level.Trial)
  public void load() throws Exception {
    sample = BenchDatabase.Samples.generate(contacts);
    CrmStore crm;
    boolean fresh = true;
    if (store.equals("memory")) {
      crm = InMemoryStore.create();
    } else if (store.equals("postgres")) {
      BenchDatabase.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
      var jdbc = BenchDatabase.store(SCHEMA, JdbcStoreConfig.ofDefaults());
      closeable = jdbc;
      crm = jdbc;
      boolean reload = Boolean.getBoolean("crmkit.bench.reload");
      if (!reload && BenchDatabase.contacts(jdbc) == contacts
          && jdbc.forTenant(BenchDatabase.Samples.TENANT).repository(Contact.TYPE).find(sample.get(contacts - 1).id()).isPresent()) {
        fresh = false;
        System.out.printf("%n[setup] postgres: reusing the %,d contacts already in schema %s%n", contacts, SCHEMA);
      } else {
        jdbc.close();
        BenchDatabase.recreate(SCHEMA);
        jdbc = BenchDatabase.store(SCHEMA, JdbcStoreConfig.ofDefaults());
        closeable = jdbc;
        crm = jdbc;
      }
    } else {
      throw new IllegalArgumentException("store must be memory or postgres, not " + store);
    }
    repository = crm.forTenant(BenchDatabase.Samples.TENANT).repository(Contact.TYPE);
    if (fresh) {
      long t0 = System.nanoTime();
      repository.insertAll(sample);
      long t1 = System.nanoTime();
      if (store.equals("postgres")) {
        BenchDatabase.vacuumAnalyze(SCHEMA);
      }
      long t2 = System.nanoTime();
      System.out.printf("%n[setup] %s: insertAll of %,d contacts took %,d ms (%,.0f contacts/s)%s%n",
          store, contacts, (t1 - t0) / 1_000_000, contacts / ((t1 - t0) / 1e9),
          store.equals("postgres") ? String.format("; VACUUM ANALYZE %,d ms", (t2 - t1) / 1_000_000) : "");
    }
  }

  @TearDown(Level.Trial)
  public void close() throws Exception {
    closeable.close();
  }
}
