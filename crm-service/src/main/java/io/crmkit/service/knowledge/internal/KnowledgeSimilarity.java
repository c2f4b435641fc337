package io.crmkit.service.knowledge.internal;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * BM25 whose idf counts every document of the index, not only those that have the field. Sparse fields (FAQ
 * questions, keywords, summaries that few articles fill in) would otherwise get a tiny idf, and a match there
 * would weigh less than a body match despite its boost; with one document count the field boosts mean what
 * they say.
 */
final class KnowledgeSimilarity extends BM25Similarity {
  @Override
  public Explanation idfExplain(CollectionStatistics collectionStats, TermStatistics termStats) {
    long df = termStats.docFreq();
    long docCount = Math.max(collectionStats.maxDoc(), df);
    float idf = idf(df, docCount);
    return Explanation.match(idf, "idf over every document, log(1 + (N - n + 0.5) / (n + 0.5)) from:",
        Explanation.match(df, "n, number of documents containing term"),
        Explanation.match(docCount, "N, number of documents in the index"));
  }
}
