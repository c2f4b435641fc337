package io.crmkit.core.match;

import java.util.Map;
import java.util.Objects;

/**
 * What blocking did: per blocking key the pairs its blocks produced, the pairs no earlier key had produced,
 * and the blocks skipped for exceeding the size cap; the candidate pairs in total and the pairs a full
 * comparison would need. Read it with {@link #summary()}.
 */
public record BlockingReport(
    Map<String, Long> pairsPerKey,
    Map<String, Long> newPairsPerKey,
    Map<String, Integer> oversizedBlocksPerKey,
    long candidatePairs,
    long allPairs) {
  public BlockingReport {
    Objects.requireNonNull(pairsPerKey, "pairsPerKey");
    Objects.requireNonNull(newPairsPerKey, "newPairsPerKey");
    Objects.requireNonNull(oversizedBlocksPerKey, "oversizedBlocksPerKey");
    pairsPerKey = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(pairsPerKey));
    newPairsPerKey = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(newPairsPerKey));
    oversizedBlocksPerKey = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(oversizedBlocksPerKey));
  }

  /** The share of all pairs that blocking left out (1 - candidates / all pairs). */
  public double reductionRatio() {
    return allPairs == 0 ? 0.0 : 1.0 - (double) candidatePairs / allPairs;
  }

  /** One line per key and a total, for people. */
  public String summary() {
    StringBuilder b = new StringBuilder();
    pairsPerKey.forEach((k, v) -> b.append(String.format(java.util.Locale.ROOT, "%-40s %,12d pairs %,12d new %,6d oversized blocks skipped%n",
        k, v, newPairsPerKey.getOrDefault(k, 0L), oversizedBlocksPerKey.getOrDefault(k, 0))));
    b.append(String.format(java.util.Locale.ROOT, "candidate pairs %,d of %,d (reduction %.4f)%n", candidatePairs, allPairs, reductionRatio()));
    return b.toString();
  }
}
