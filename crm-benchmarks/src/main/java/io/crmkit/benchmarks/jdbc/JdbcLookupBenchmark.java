package io.crmkit.benchmarks.jdbc;

import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactFields;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.query.Criteria;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Indexed point lookups among 1,000,000 contacts, one thread, in the in-memory store and in the JDBC
 * store on PostgreSQL on loopback ({@code @Param store}): by e-mail through
 * {@code Criteria.eq(ContactFields.EMAIL, x)} and by id through {@code find}. Keys are drawn at random
 * from the sample, so PostgreSQL's buffer cache and the JVM's caches are exercised as by real lookups.
 * Each PostgreSQL lookup is one transaction on a pooled connection (tenant setting, query, commit).
 *
 * <p>{@code java -Xmx8g -jar crm-benchmarks/target/benchmarks.jar JdbcLookupBenchmark}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class JdbcLookupBenchmark {
  private static final int KEYS = 1 << 14;

  /** Per-thread random keys into the stored contacts and a cursor over them. */
  @State(Scope.Thread)
  public static class Keys {
    String[] emails;
    ContactId[] ids;
    int next;

    @Setup(Level.Trial)
    public void pick(StoredContacts data) {
      Random random = new Random(20_261_123L);
      emails = new String[KEYS];
      ids = new ContactId[KEYS];
      for (int i = 0; i < KEYS; i++) {
        Contact c = data.sample.get(random.nextInt(data.sample.size()));
        emails[i] = c.primaryEmail().orElseThrow();
        ids[i] = c.id();
      }
    }

    int nextIndex() {
      int i = next;
      next = (i + 1) & (KEYS - 1);
      return i;
    }
  }

  /** The indexed e-mail query (one match). */
  @Benchmark
  public List<Contact> queryByEmail(StoredContacts data, Keys keys) {
    return data.repository.query(Criteria.eq(ContactFields.EMAIL, keys.emails[keys.nextIndex()]));
  }

  /** {@code find} by id. */
  @Benchmark
  public Optional<Contact> findById(StoredContacts data, Keys keys) {
    return data.repository.find(keys.ids[keys.nextIndex()]);
  }
}
