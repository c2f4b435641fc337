package io.crmkit.benchmarks.duke;


import io.crmkit.core.match.DedupeResult;
import io.crmkit.core.match.Deduplicator;
import io.crmkit.core.match.MatchRecord;
import io.crmkit.testkit.match.SyntheticContacts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.RecordImpl;
import no.priv.garshol.duke.cleaners.DigitsOnlyCleaner;
import no.priv.garshol.duke.cleaners.LowerCaseNormalizeCleaner;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.comparators.JaroWinkler;
import no.priv.garshol.duke.comparators.Levenshtein;
import no.priv.garshol.duke.databases.LuceneDatabase;
import no.priv.garshol.duke.matchers.AbstractMatchListener;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Duke 1.2 beside crmkit on the same {@link SyntheticContacts}, one thread each, in the same run. Duke is
 * configured as its documentation suggests for people: values cleaned by {@code LowerCaseNormalizeCleaner}
 * (digits only for phones), an in-memory Lucene database, Jaro-Winkler on names (0.3/0.9), exact e-mail
 * (0.1/0.99), exact phone (0.3/0.95), Levenshtein on city and postcode (0.4/0.6) and birth date (0.3/0.8),
 * threshold 0.85. Duke's time covers cleaning, indexing and matching; crmkit's covers everything
 * {@code Deduplicator.run} does (including fitting its model). Each prints its pairwise precision/recall/F1.
 * The issue quotes Duke at 42.6 s for 50,000 records on one thread.
 *
 * <p>{@code java -Xmx8g -jar crm-benchmarks-duke/target/benchmarks-duke.jar duke.DukeSideBySideBenchmark -f 1 -wi 0 -i 1}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class DukeSideBySideBenchmark {
  /** The number of records. */
  @Param({"50000"})
  public int size;

  SyntheticContacts data;
  Map<String, String> dukeClusters = Map.of();
  Map<String, String> crmkitClusters = Map.of();

  /** Generates the records once. */
  @Setup(Level.Trial)
  public void generate() {
    data = SyntheticContacts.generate(size, 42L);
  }

  /** crmkit's {@code Deduplicator} with the defaults, on one thread like Duke's processor. */
  @Benchmark
  public DedupeResult crmkit() {
    DedupeResult result = Deduplicator.builder(SyntheticContacts.SCHEMA).parallel(false).build().run(data.records());
    crmkitClusters = result.clusterIds();
    return result;
  }

  /** Duke 1.2: deduplicate the records in one batch on one thread. */
  @Benchmark
  public int duke() {
    ConfigurationImpl config = new ConfigurationImpl();
    List<Property> properties = new ArrayList<>();
    properties.add(new PropertyImpl("ID"));
    properties.add(new PropertyImpl("first", new JaroWinkler(), 0.3, 0.9));
    properties.add(new PropertyImpl("last", new JaroWinkler(), 0.3, 0.9));
    properties.add(new PropertyImpl("email", new ExactComparator(), 0.1, 0.99));
    properties.add(new PropertyImpl("phone", new ExactComparator(), 0.3, 0.95));
    properties.add(new PropertyImpl("city", new Levenshtein(), 0.4, 0.6));
    properties.add(new PropertyImpl("postcode", new Levenshtein(), 0.4, 0.6));
    properties.add(new PropertyImpl("birth", new Levenshtein(), 0.3, 0.8));
    config.setProperties(properties);
    config.setThreshold(0.85);
    LuceneDatabase database = new LuceneDatabase();
    database.setConfiguration(config);
    config.setDatabase(database);
    Processor processor = new Processor(config, database);
    processor.setThreads(1);
    UnionFind clusters = new UnionFind();
    processor.addMatchListener(new AbstractMatchListener() {
      @Override
      public void matches(Record r1, Record r2, double confidence) {
        clusters.union(r1.getValue("ID"), r2.getValue("ID"));
      }
    });
    LowerCaseNormalizeCleaner clean = new LowerCaseNormalizeCleaner();
    DigitsOnlyCleaner digits = new DigitsOnlyCleaner();
    List<Record> records = new ArrayList<>(data.records().size());
    for (MatchRecord r : data.records()) {
      RecordImpl d = new RecordImpl();
      d.addValue("ID", r.id());
      for (Map.Entry<String, String> e : r.values().entrySet()) {
        String v = e.getKey().equals("phone") ? digits.clean(e.getValue()) : clean.clean(e.getValue());
        if (v != null && !v.isEmpty()) {
          d.addValue(e.getKey(), v);
        }
      }
      records.add(d);
    }
    processor.deduplicate(records);
    processor.close();
    Map<String, String> out = new HashMap<>();
    for (MatchRecord r : data.records()) {
      out.put(r.id(), clusters.find(r.id()));
    }
    dukeClusters = out;
    return out.size();
  }

  /** Prints both engines' accuracy on these records. */
  @TearDown(Level.Trial)
  public void report() {
    if (!crmkitClusters.isEmpty()) {
      print("crmkit", data.pairwise(crmkitClusters));
    }
    if (!dukeClusters.isEmpty()) {
      print("Duke 1.2", data.pairwise(dukeClusters));
    }
  }

  private void print(String engine, double[] prf) {
    System.out.printf(Locale.ROOT, "%n[%s, %d records] pairwise precision %.4f recall %.4f F1 %.4f%n",
        engine, size, prf[0], prf[1], prf[2]);
  }

  /** Union-find over record ids, for Duke's matches. */
  static final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();

    String find(String x) {
      String p = parent.getOrDefault(x, x);
      if (p.equals(x)) {
        return x;
      }
      String root = find(p);
      parent.put(x, root);
      return root;
    }

    synchronized void union(String a, String b) {
      String ra = find(a);
      String rb = find(b);
      if (!ra.equals(rb)) {
        parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
      }
    }
  }
}
