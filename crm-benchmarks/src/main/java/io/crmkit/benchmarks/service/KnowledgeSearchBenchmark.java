package io.crmkit.benchmarks.service;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.TenantId;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.service.knowledge.Article;
import io.crmkit.service.knowledge.ArticleContent;
import io.crmkit.service.knowledge.Audience;
import io.crmkit.service.knowledge.CaseText;
import io.crmkit.service.knowledge.Category;
import io.crmkit.service.knowledge.KnowledgeBase;
import io.crmkit.service.knowledge.KnowledgeIndex;
import io.crmkit.service.knowledge.KnowledgeQuery;
import io.crmkit.service.knowledge.SearchHit;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Knowledge-base query latency over 10,000 published English articles (of 12,000 versions: 1,000 drafts and
 * 1,000 archived ones in the same index, plus 2,000 articles of a second tenant), with titles, summaries and
 * 40–120-word bodies drawn Zipf-like from a 3,000-word vocabulary:
 *
 * <ul>
 *   <li>{@code customerSearch}: a 1–3-word customer query through {@link KnowledgeBase#search} — Lucene top 10,
 *       match reasons, excerpts, and each hit re-read from the store and re-checked;
 *   <li>{@code indexOnly}: the same queries straight on the {@link KnowledgeIndex} (no store re-read);
 *   <li>{@code suggestForCase}: {@link KnowledgeBase#suggestFor} with a 6-word subject and a 40-word description;
 *   <li>{@code naiveScan}: the baseline without a search library — every published article's lower-cased
 *       title, summary and body scanned for the query words, ranked by occurrences, the best 10 kept.
 * </ul>
 *
 * <p>{@code java -jar crm-benchmarks/target/benchmarks.jar KnowledgeSearchBenchmark -f 1 -wi 2 -i 3}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@State(Scope.Benchmark)
public class KnowledgeSearchBenchmark {
  static final int PUBLISHED = 10_000;
  static final int VOCABULARY = 3_000;
  static final int QUERIES = 512;

  private KnowledgeIndex index;
  private KnowledgeBase kb;
  private String[] words;
  private List<KnowledgeQuery> queries;
  private List<CaseText> cases;
  private List<String[]> queryWords;
  private List<String> publishedTexts;
  private int next;

  @Setup(Level.Trial)
  public void load() {
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    IdGenerator ids = IdGenerator.uuidV7(clock);
    InMemoryStore store = InMemoryStore.create();
    index = KnowledgeIndex.inMemory();
    kb = KnowledgeBase.builder(store.forTenant(TenantId.of("acme")), clock, ids).index(index).build();
    KnowledgeBase other = KnowledgeBase.builder(store.forTenant(TenantId.of("globex")), clock, ids).index(index).build();
    SplittableRandom random = new SplittableRandom(42);
    words = new String[VOCABULARY];
    for (int i = 0; i < VOCABULARY; i++) {
      words[i] = syllables(random, 2 + random.nextInt(3));
    }
    publishedTexts = new ArrayList<>(PUBLISHED);
    for (int i = 0; i < PUBLISHED; i++) {
      ArticleContent c = content(random);
      Article d = kb.createDraft(c, "author");
      kb.publish(d.id(), d.version(), "author");
      publishedTexts.add((c.title() + " " + c.summary() + " " + c.body()).toLowerCase(Locale.ROOT));
      if (i % 10 == 0) {
        kb.createNextDraft(d.master(), "author");          // 1,000 drafts
      } else if (i % 10 == 1) {
        Article v2 = kb.createNextDraft(d.master(), "author");
        kb.publish(v2.id(), v2.version(), "author");       // 1,000 archived versions (one replaced published each)
      }
    }
    for (int i = 0; i < 2_000; i++) {
      Article d = other.createDraft(content(random), "author");
      other.publish(d.id(), d.version(), "author");
    }
    queries = new ArrayList<>(QUERIES);
    queryWords = new ArrayList<>(QUERIES);
    cases = new ArrayList<>(QUERIES);
    for (int i = 0; i < QUERIES; i++) {
      String[] q = new String[1 + random.nextInt(3)];
      for (int j = 0; j < q.length; j++) {
        q[j] = zipfWord(random);
      }
      queryWords.add(q);
      queries.add(KnowledgeQuery.of(String.join(" ", q), Audience.CUSTOMER).inLocale(Locale.ENGLISH));
      cases.add(CaseText.of(phrase(random, 6), phrase(random, 40)).inLocale(Locale.ENGLISH));
    }
    // warm the near-real-time searcher once so that no benchmark pays the refresh after loading
    kb.search(queries.get(0));
  }

  @TearDown(Level.Trial)
  public void close() {
    index.close();
  }

  private ArticleContent content(SplittableRandom random) {
    return ArticleContent.of(phrase(random, 3 + random.nextInt(5)), phrase(random, 40 + random.nextInt(81)))
        .withSummary(phrase(random, 8 + random.nextInt(8)))
        .withCategories(Category.of("Products", "Line " + random.nextInt(20)))
        .withLocale(Locale.ENGLISH);
  }

  private static String syllables(SplittableRandom random, int n) {
    String[] s = {"ka", "lo", "mi", "ra", "te", "su", "no", "vi", "de", "po", "li", "an", "er", "on", "ul", "zo"};
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(s[random.nextInt(s.length)]);
    }
    return b.toString();
  }

  /** A vocabulary word, rank r drawn with probability about 1 / r (Zipf, s = 1). */
  private String zipfWord(SplittableRandom random) {
    double u = random.nextDouble();
    int rank = (int) Math.floor(Math.exp(u * Math.log(VOCABULARY + 1.0))) - 1;
    return words[Math.min(VOCABULARY - 1, Math.max(0, rank))];
  }

  private String phrase(SplittableRandom random, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        b.append(' ');
      }
      b.append(zipfWord(random));
    }
    return b.toString();
  }

  private int nextIndex() {
    next = (next + 1) & (QUERIES - 1);
    return next;
  }

  @Benchmark
  public List<SearchHit> customerSearch() {
    return kb.search(queries.get(nextIndex()));
  }

  @Benchmark
  public Object indexOnly() {
    return index.search(TenantId.of("acme"), queries.get(nextIndex()));
  }

  @Benchmark
  public List<SearchHit> suggestForCase() {
    return kb.suggestFor(cases.get(nextIndex()), Audience.CUSTOMER, 5);
  }

  @Benchmark
  public long naiveScan() {
    String[] q = queryWords.get(nextIndex());
    // rank by occurrences of the query words, keep the best 10: every article must be read
    long[] best = new long[10];
    for (int doc = 0; doc < publishedTexts.size(); doc++) {
      String text = publishedTexts.get(doc);
      long count = 0;
      for (String w : q) {
        for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length())) {
          count++;
        }
      }
      if (count > 0) {
        long key = count << 32 | doc;
        int i = 9;
        if (key > best[i]) {
          while (i > 0 && best[i - 1] < key) {
            best[i] = best[i - 1];
            i--;
          }
          best[i] = key;
        }
      }
    }
    return best[0] + best[9];
  }
}
