package io.crmkit.benchmarks;

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
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Point lookups in a store of 1,000,000 contacts, one thread: by e-mail through the indexed
 * {@code Criteria.eq(ContactFields.EMAIL, x)} query, by id through {@code find}, and the same two lookups
 * in a plain {@code HashMap} as the floor. Keys are drawn at random from the stored contacts, so most
 * lookups miss the CPU caches as real ones do. Target: at least 1,000,000 e-mail lookups per second.
 *
 * <p>{@code java -Xmx8g -jar crm-benchmarks/target/benchmarks.jar ContactLookupBenchmark -f 1 -wi 3 -i 5 -r 1 -w 1}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ContactLookupBenchmark {
  private static final int KEYS = 1 << 16;

  /** Per-thread random keys into the loaded contacts and a cursor over them. */
  @State(Scope.Thread)
  public static class Keys {
    String[] emails;
    String[] idTexts;
    ContactId[] ids;
    int next;

    @Setup(Level.Trial)
    public void pick(LoadedContacts data) {
      Random random = new Random(SampleContacts.SEED + 1);
      emails = new String[KEYS];
      idTexts = new String[KEYS];
      ids = new ContactId[KEYS];
      for (int i = 0; i < KEYS; i++) {
        Contact c = data.list.get(random.nextInt(data.list.size()));
        emails[i] = c.primaryEmail().orElseThrow();
        idTexts[i] = c.id().value();
        ids[i] = c.id();
      }
    }

    int nextIndex() {
      int i = next;
      next = (i + 1) & (KEYS - 1);
      return i;
    }
  }

  /** The indexed e-mail query through the repository, criteria built per call as a caller would. */
  @Benchmark
  public List<Contact> storeQueryByEmail(LoadedContacts data, Keys keys) {
    return data.repository.query(Criteria.eq(ContactFields.EMAIL, keys.emails[keys.nextIndex()]));
  }

  /** {@code find} by id through the repository. */
  @Benchmark
  public Optional<Contact> storeFindById(LoadedContacts data, Keys keys) {
    return data.repository.find(keys.ids[keys.nextIndex()]);
  }

  /** Baseline: {@code HashMap.get} by e-mail. */
  @Benchmark
  public Contact hashMapByEmail(LoadedContacts data, Keys keys) {
    return data.byEmail.get(keys.emails[keys.nextIndex()]);
  }

  /** Baseline: {@code HashMap.get} by id text. */
  @Benchmark
  public Contact hashMapById(LoadedContacts data, Keys keys) {
    return data.byId.get(keys.idTexts[keys.nextIndex()]);
  }
}
