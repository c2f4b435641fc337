package io.crmkit.service.knowledge;

import io.crmkit.core.TenantId;
import io.crmkit.service.knowledge.internal.LuceneKnowledgeIndex;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The full-text index behind a {@link KnowledgeBase}: an SPI, so a host may put its own search engine behind
 * it; the default is {@link #inMemory()}, Apache Lucene on a heap directory. One index may serve many tenants:
 * every call names the tenant and an implementation must never answer with another tenant's article.
 * {@link KnowledgeBase} keeps it in sync (drafts, publications and archiving) and re-checks every answer
 * against the store, so an index that lags is not a leak.
 *
 * <p>{@code KnowledgeBase kb = KnowledgeBase.builder(tenantStore, clock, ids).index(KnowledgeIndex.inMemory()).build();}
 */
public interface KnowledgeIndex extends AutoCloseable {
  /** A Lucene index in memory: per-language analysis, field boosts, excerpts, near-real-time refresh. */
  static KnowledgeIndex inMemory() {
    return new LuceneKnowledgeIndex();
  }

  /** Adds or replaces the indexed copy of {@code article} (a draft or a published version). */
  void put(Article article);

  /** Drops the indexed copy of the version {@code id} of {@code tenant}, if any. */
  void remove(TenantId tenant, ArticleId id);

  /** The best matches of {@code query} among {@code tenant}'s versions visible to the query's audience. */
  List<IndexedMatch> search(TenantId tenant, KnowledgeQuery query);

  /**
   * The versions of {@code tenant} visible to {@code audience} most like a case's subject and description,
   * the subject weighing double: the text's most distinctive terms (tf × idf), as a boosted query.
   */
  List<IndexedMatch> similar(TenantId tenant, String subject, String description, Audience audience, Optional<Locale> locale, int limit);

  /** How many versions of {@code tenant} are indexed. */
  int size(TenantId tenant);

  /** Releases the index. */
  @Override
  void close();
}
