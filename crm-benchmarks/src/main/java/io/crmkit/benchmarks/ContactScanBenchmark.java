package io.crmkit.benchmarks;

import io.crmkit.core.field.FieldValue;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactFields;
import io.crmkit.core.query.Criteria;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * Unindexed criteria over 1,000,000 contacts, one thread: an {@code eq} on the job title (a plain field)
 * and on the custom field {@code tier}, each matching 100 contacts, so the time is the scan, not the
 * result. Baselines run the same predicate by hand over the {@code HashMap} values (the structure the
 * store iterates) and over an {@code ArrayList}. Scan rate = contacts / time per query; target at least
 * 10,000,000 contacts per second per core.
 *
 * <p>{@code java -Xmx8g -jar crm-benchmarks/target/benchmarks.jar ContactScanBenchmark -f 1 -wi 3 -i 5 -r 1 -w 1}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ContactScanBenchmark {
  private static final int NEEDLES = 100;

  /** Checks once that the store and the baselines find the same, expected contacts. */
  @Setup(Level.Trial)
  public void check(LoadedContacts data) {
    int expected = data.contacts / 10_000 + (data.contacts % 10_000 > 0 ? 1 : 0);
    int storeTitles = storeQueryByJobTitle(data).size();
    int loopTitles = listLoopByJobTitle(data).size();
    int storeTiers = storeQueryByCustomTier(data).size();
    int loopTiers = listLoopByCustomTier(data).size();
    if (storeTitles != expected || loopTitles != expected || storeTiers != loopTiers
        || storeCountByJobTitle(data) != expected || mapValuesLoopByJobTitle(data).size() != expected) {
      throw new IllegalStateException(
          "scans disagree: store " + storeTitles + "/" + storeTiers + ", loop " + loopTitles + "/" + loopTiers
              + ", expected " + expected + " (" + NEEDLES + " per million)");
    }
  }

  /** The job-title query through the repository (a scan with the compiled predicate). */
  @Benchmark
  public List<Contact> storeQueryByJobTitle(LoadedContacts data) {
    return data.repository.query(Criteria.eq(ContactFields.JOB_TITLE, SampleContacts.RARE_JOB_TITLE));
  }

  /** The same criteria through {@code count}: the scan without collecting and sorting the result. */
  @Benchmark
  public long storeCountByJobTitle(LoadedContacts data) {
    return data.repository.count(Criteria.eq(ContactFields.JOB_TITLE, SampleContacts.RARE_JOB_TITLE));
  }

  /** A query on the custom field {@code custom.tier}. */
  @Benchmark
  public List<Contact> storeQueryByCustomTier(LoadedContacts data) {
    return data.repository.query(Criteria.eq(SampleContacts.TIER, SampleContacts.RARE_TIER));
  }

  /** Baseline: the job-title predicate by hand over the values of a {@code HashMap} keyed by id. */
  @Benchmark
  public List<Contact> mapValuesLoopByJobTitle(LoadedContacts data) {
    List<Contact> out = new ArrayList<>();
    for (Contact c : data.byId.values()) {
      if (hasTitle(c, SampleContacts.RARE_JOB_TITLE)) {
        out.add(c);
      }
    }
    return out;
  }

  /** Baseline: the job-title predicate by hand in a for-loop over an {@code ArrayList}. */
  @Benchmark
  public List<Contact> listLoopByJobTitle(LoadedContacts data) {
    List<Contact> list = data.list;
    List<Contact> out = new ArrayList<>();
    for (int i = 0, n = list.size(); i < n; i++) {
      Contact c = list.get(i);
      if (hasTitle(c, SampleContacts.RARE_JOB_TITLE)) {
        out.add(c);
      }
    }
    return out;
  }

  /** Baseline: the {@code tier} predicate by hand in a for-loop over an {@code ArrayList}. */
  @Benchmark
  public List<Contact> listLoopByCustomTier(LoadedContacts data) {
    List<Contact> list = data.list;
    List<Contact> out = new ArrayList<>();
    for (int i = 0, n = list.size(); i < n; i++) {
      Contact c = list.get(i);
      FieldValue v = c.customFields().values().get("tier");
      if (v instanceof FieldValue.PicklistValue p && p.value().equals(SampleContacts.RARE_TIER)) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean hasTitle(Contact c, String title) {
    Optional<String> t = c.jobTitle();
    return t.isPresent() && t.get().equals(title);
  }
}
