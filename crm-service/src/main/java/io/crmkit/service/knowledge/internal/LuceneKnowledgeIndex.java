package io.crmkit.service.knowledge.internal;

import io.crmkit.core.TenantId;
import io.crmkit.core.annotation.Internal;
import io.crmkit.service.knowledge.Article;
import io.crmkit.service.knowledge.ArticleContent;
import io.crmkit.service.knowledge.ArticleId;
import io.crmkit.service.knowledge.Audience;
import io.crmkit.service.knowledge.Category;
import io.crmkit.service.knowledge.Excerpt;
import io.crmkit.service.knowledge.IndexedMatch;
import io.crmkit.service.knowledge.KnowledgeIndex;
import io.crmkit.service.knowledge.KnowledgeQuery;
import io.crmkit.service.knowledge.MatchReason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * {@link KnowledgeIndex} on Lucene 9: one heap directory for all tenants, every query filtered by tenant and
 * visible states, a near-real-time searcher refreshed on the first search after a write (so a publication is
 * found at once), BM25 scores explained clause by clause.
 */
@Internal
public final class LuceneKnowledgeIndex implements KnowledgeIndex {
  private static final String KEY = "_key";
  private static final String TENANT = "_tenant";
  private static final String ID = "_id";
  private static final String STATE = "_state";
  private static final String LANGUAGE = "_lang";
  private static final String CATEGORY = "_category";
  private static final String NO_LANGUAGE = "und";
  private static final int MAX_SUGGESTION_TERMS = 20;
  private static final int EXCERPT_CHARS = 200;

  private final Analysis analysis = new Analysis();
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final KnowledgeSimilarity similarity = new KnowledgeSimilarity();
  private final AtomicBoolean stale = new AtomicBoolean(false);

  /** An empty index. */
  public LuceneKnowledgeIndex() {
    try {
      writer = new IndexWriter(directory, new IndexWriterConfig(analysis.perField()).setSimilarity(similarity));
      searchers = new SearcherManager(writer, new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
          IndexSearcher s = new IndexSearcher(reader);
          s.setSimilarity(similarity);
          return s;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("opening the in-memory knowledge index", e);
    }
  }

  private static String key(TenantId tenant, ArticleId id) {
    return tenant.value() + '\u001f' + id.value();
  }

  @Override
  public void put(Article article) {
    Objects.requireNonNull(article, "article");
    ArticleContent c = article.content();
    Optional<String> lang = Analysis.analysedLanguage(c.locale());
    Document doc = new Document();
    doc.add(new StringField(KEY, key(article.tenantId(), article.id()), Field.Store.NO));
    doc.add(new StringField(TENANT, article.tenantId().value(), Field.Store.NO));
    doc.add(new StringField(ID, article.id().value(), Field.Store.YES));
    doc.add(new StringField(STATE, article.state(), Field.Store.NO));
    doc.add(new StringField(LANGUAGE, c.locale().map(Locale::getLanguage).orElse(NO_LANGUAGE), Field.Store.NO));
    Set<String> categories = new LinkedHashSet<>();
    c.categories().forEach(cat -> cat.selfAndAncestors().forEach(a -> categories.add(a.toString())));
    categories.forEach(cat -> doc.add(new StringField(CATEGORY, cat, Field.Store.NO)));
    texts(c).forEach((field, text) -> {
      if (!text.isEmpty()) {
        doc.add(new TextField(field, text, Field.Store.YES));
        lang.ifPresent(l -> doc.add(new TextField(Analysis.fieldName(field, lang), text, Field.Store.NO)));
      }
    });
    try {
      writer.updateDocument(new Term(KEY, key(article.tenantId(), article.id())), doc);
    } catch (IOException e) {
      throw new UncheckedIOException("indexing article " + article.id(), e);
    }
    stale.set(true);
  }

  private static Map<String, String> texts(ArticleContent c) {
    Map<String, String> t = new LinkedHashMap<>();
    t.put("title", c.title());
    t.put("question", c.faq().map(f -> f.question()).orElse(""));
    t.put("keywords", String.join("\n", c.keywords()));
    t.put("summary", c.summary());
    t.put("body", c.body());
    t.put("answer", c.faq().map(f -> f.answer()).orElse(""));
    return t;
  }

  @Override
  public void remove(TenantId tenant, ArticleId id) {
    try {
      writer.deleteDocuments(new Term(KEY, key(Objects.requireNonNull(tenant, "tenant"), Objects.requireNonNull(id, "id"))));
    } catch (IOException e) {
      throw new UncheckedIOException("removing article " + id, e);
    }
    stale.set(true);
  }

  @Override
  public List<IndexedMatch> search(TenantId tenant, KnowledgeQuery query) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(query, "query");
    Optional<String> lang = Analysis.analysedLanguage(query.locale());
    Analyzer analyzer = analysis.analyzer(lang);
    Set<String> terms = new LinkedHashSet<>(analysis.terms(analyzer, "query", query.text()));
    if (terms.isEmpty()) {
      return List.of();
    }
    Map<String, Float> weights = new LinkedHashMap<>();
    terms.forEach(t -> weights.put(t, 1f));
    return run(tenant, weights, lang, query.audience(), query.locale(), query.category(), query.limit());
  }

  @Override
  public List<IndexedMatch> similar(
      TenantId tenant, String subject, String description, Audience audience, Optional<Locale> locale, int limit) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(locale, "locale");
    Optional<String> lang = Analysis.analysedLanguage(locale);
    Analyzer analyzer = analysis.analyzer(lang);
    Map<String, Integer> tf = new HashMap<>();
    analysis.terms(analyzer, "subject", subject).forEach(t -> tf.merge(t, 2, Integer::sum));
    analysis.terms(analyzer, "description", description).forEach(t -> tf.merge(t, 1, Integer::sum));
    if (tf.isEmpty()) {
      return List.of();
    }
    IndexSearcher searcher = acquire();
    try {
      // the most distinctive terms: tf × idf, as MoreLikeThis picks them; document frequencies are the
      // index's (as in the scores), read from the term dictionary instead of counted
      IndexReader reader = searcher.getIndexReader();
      int docs = Math.max(1, reader.numDocs());
      Map<String, Double> scored = new HashMap<>();
      for (Map.Entry<String, Integer> e : tf.entrySet()) {
        int df = 0;
        for (String f : Analysis.BOOSTS.keySet()) {
          df = Math.max(df, reader.docFreq(new Term(Analysis.fieldName(f, lang), e.getKey())));
        }
        if (df > 0) {
          scored.put(e.getKey(), e.getValue() * Math.log(1 + (docs - df + 0.5) / (df + 0.5)));
        }
      }
      if (scored.isEmpty()) {
        return List.of();
      }
      double max = scored.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
      Map<String, Float> weights = new LinkedHashMap<>();
      scored.entrySet().stream()
          .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(MAX_SUGGESTION_TERMS)
          .forEach(e -> weights.put(e.getKey(), (float) Math.max(e.getValue() / max, 0.01)));
      return run(searcher, tenant, weights, lang, audience, locale, Optional.empty(), limit);
    } catch (IOException e) {
      throw new UncheckedIOException("suggesting articles", e);
    } finally {
      release(searcher);
    }
  }

  private List<IndexedMatch> run(
      TenantId tenant, Map<String, Float> weights, Optional<String> lang, Audience audience,
      Optional<Locale> locale, Optional<Category> category, int limit) {
    IndexSearcher searcher = acquire();
    try {
      return run(searcher, tenant, weights, lang, audience, locale, category, limit);
    } catch (IOException e) {
      throw new UncheckedIOException("searching the knowledge index", e);
    } finally {
      release(searcher);
    }
  }

  private List<IndexedMatch> run(
      IndexSearcher searcher, TenantId tenant, Map<String, Float> weights, Optional<String> lang, Audience audience,
      Optional<Locale> locale, Optional<Category> category, int limit) throws IOException {
    List<Clause> clauses = new ArrayList<>();
    BooleanQuery.Builder scoring = new BooleanQuery.Builder();
    weights.forEach((term, weight) -> Analysis.BOOSTS.forEach((field, boost) -> {
      Query q = new BoostQuery(new TermQuery(new Term(Analysis.fieldName(field, lang), term)), boost * weight);
      clauses.add(new Clause(field, term, q));
      scoring.add(q, BooleanClause.Occur.SHOULD);
    }));
    BooleanQuery.Builder full = new BooleanQuery.Builder()
        .add(scoring.build(), BooleanClause.Occur.MUST)
        .add(tenantAndStates(tenant, audience), BooleanClause.Occur.FILTER);
    locale.ifPresent(l -> full.add(new TermQuery(new Term(LANGUAGE, l.getLanguage())), BooleanClause.Occur.FILTER));
    category.ifPresent(c -> full.add(new TermQuery(new Term(CATEGORY, c.toString())), BooleanClause.Occur.FILTER));
    ScoreDoc[] top = searcher.search(full.build(), limit).scoreDocs;
    if (top.length == 0) {
      return List.of();
    }
    // one weight per clause, explained against each hit: the clause scores of a hit sum to its score
    List<Weight> weightsByClause = new ArrayList<>(clauses.size());
    for (Clause c : clauses) {
      weightsByClause.add(searcher.createWeight(searcher.rewrite(c.query()), ScoreMode.COMPLETE, 1f));
    }
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<IndexedMatch> out = new ArrayList<>(top.length);
    for (ScoreDoc sd : top) {
      if (sd.score <= 0) {
        continue;
      }
      Document stored = searcher.storedFields().document(sd.doc);
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
      List<MatchReason> reasons = new ArrayList<>();
      for (int i = 0; i < clauses.size(); i++) {
        Explanation e = weightsByClause.get(i).explain(leaf, sd.doc - leaf.docBase);
        if (e.isMatch() && e.getValue().doubleValue() > 0) {
          reasons.add(new MatchReason(clauses.get(i).field(), clauses.get(i).term(), e.getValue().doubleValue()));
        }
      }
      reasons.sort(Comparator.comparingDouble(MatchReason::contribution).reversed()
          .thenComparing(MatchReason::field).thenComparing(MatchReason::term));
      out.add(new IndexedMatch(new ArticleId(stored.get(ID)), sd.score, excerpt(stored, weights.keySet(), lang), reasons));
    }
    return List.copyOf(out);
  }

  private Query tenantAndStates(TenantId tenant, Audience audience) {
    BooleanQuery.Builder states = new BooleanQuery.Builder();
    audience.visibleStates().stream().sorted().forEach(s -> states.add(new TermQuery(new Term(STATE, s)), BooleanClause.Occur.SHOULD));
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(TENANT, tenant.value())), BooleanClause.Occur.FILTER)
        .add(states.build(), BooleanClause.Occur.FILTER)
        .build();
  }

  /** The passage of the first of body, answer, summary, question and title with most matched words. */
  private Excerpt excerpt(Document stored, Set<String> terms, Optional<String> lang) {
    Analyzer analyzer = analysis.analyzer(lang);
    for (String field : List.of("body", "answer", "summary", "question", "title")) {
      String text = stored.get(field);
      if (text == null) {
        continue;
      }
      List<int[]> matches = new ArrayList<>();
      analysis.tokens(analyzer, Analysis.fieldName(field, lang), text, (term, start, end) -> {
        if (terms.contains(term)) {
          matches.add(new int[] {start, end});
        }
      });
      if (!matches.isEmpty()) {
        return Excerpts.around(field, text, matches, EXCERPT_CHARS);
      }
    }
    // matched on keywords only: the opening of the summary, else the body, else the title
    for (String field : List.of("summary", "body", "answer", "title")) {
      String text = stored.get(field);
      if (text != null) {
        return Excerpts.around(field, text, List.of(), EXCERPT_CHARS);
      }
    }
    return Excerpts.around("title", "", List.of(), EXCERPT_CHARS);
  }

  @Override
  public int size(TenantId tenant) {
    IndexSearcher searcher = acquire();
    try {
      return searcher.count(new TermQuery(new Term(TENANT, tenant.value())));
    } catch (IOException e) {
      throw new UncheckedIOException("counting the knowledge index", e);
    } finally {
      release(searcher);
    }
  }

  private IndexSearcher acquire() {
    try {
      if (stale.getAndSet(false)) {
        searchers.maybeRefreshBlocking();
      }
      return searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException("refreshing the knowledge index", e);
    }
  }

  private void release(IndexSearcher searcher) {
    try {
      searchers.release(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException("releasing a knowledge searcher", e);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing the knowledge index", e);
    }
  }

  private record Clause(String field, String term, Query query) {}
}
