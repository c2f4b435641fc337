package io.crmkit.benchmarks.jdbc;

import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.store.jdbc.JdbcStore;
import io.crmkit.store.jdbc.JdbcStoreConfig;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One {@code insertAll} of {@code batch} sample contacts into an empty store, timed once per iteration:
 * the in-memory store ({@code memory}), and the JDBC store on PostgreSQL loading through COPY into staging
 * tables ({@code postgres}, the default for batches of 2,000 or more) or through batched multi-row INSERTs
 * ({@code postgres-insert}, {@code reWriteBatchedInserts=true}, 1,000 rows a batch). The PostgreSQL tables
 * (schema {@value #SCHEMA}) are truncated before each iteration, so every load meets the same empty
 * indexes. contacts/s = batch / time.
 *
 * <p>{@code java -Xmx8g -jar crm-benchmarks/target/benchmarks.jar JdbcInsertBenchmark}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@State(Scope.Benchmark)
public class JdbcInsertBenchmark {
  static final String SCHEMA = "crmkit_bench_insert";

  /** {@code memory}, {@code postgres} (COPY) or {@code postgres-insert} (batched INSERTs). */
  @Param({"memory", "postgres", "postgres-insert"})
  public String store;

  /** Contacts per {@code insertAll}. */
  @Param("200000")
  public int batch;

  private List<Contact> sample;
  private JdbcStore jdbc;
  private Repository<Contact, ContactId> repository;

  @Setup(Level.Trial)
  public void generate() {
    sample = BenchDatabase.Samples.generate(batch);
    if (!store.equals("memory")) {
      BenchDatabase.recreate(SCHEMA);
      JdbcStoreConfig config = store.equals("postgres")
          ? JdbcStoreConfig.ofDefaults()
          : JdbcStoreConfig.custom().copyThreshold(Integer.MAX_VALUE).build();
      jdbc = BenchDatabase.store(SCHEMA, config);
    }
  }

  @Setup(Level.Iteration)
  public void empty() {
    if (jdbc == null) {
      repository = InMemoryStore.create().forTenant(BenchDatabase.Samples.TENANT).repository(Contact.TYPE);
    } else {
      BenchDatabase.execute("TRUNCATE " + SCHEMA + ".crm_records, " + SCHEMA + ".crm_fields; CHECKPOINT");
      repository = jdbc.forTenant(BenchDatabase.Samples.TENANT).repository(Contact.TYPE);
    }
  }

  @Benchmark
  public List<Contact> insertAll() {
    return repository.insertAll(sample);
  }

  @TearDown(Level.Trial)
  public void close() {
    if (jdbc != null) {
      jdbc.close();
      BenchDatabase.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }
  }
}
