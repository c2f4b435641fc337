package io.crmkit.core.match;

import io.crmkit.core.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of {@link Deduplicator#run}: the cluster of every record (the cluster id is the smallest record id
 * in it), the threshold used, the fitted model, the blocking report and the estimated precision/recall curve.
 * Pairs are explained on demand: {@code result.explain("a", "b").waterfall()}.
 */
public final class DedupeResult {
  private final RecordTable table;
  private final MatchModel model;
  private final BlockingReport blocking;
  private final PrecisionRecallCurve curve;
  private final double threshold;
  private final Clustering clustering;

  DedupeResult(RecordTable table, MatchModel model, BlockingReport blocking, PrecisionRecallCurve curve,
      double threshold, Clustering clustering) {
    this.table = table;
    this.model = model;
    this.blocking = blocking;
    this.curve = curve;
    this.threshold = threshold;
    this.clustering = clustering;
  }

  public MatchModel model() {
    return model;
  }

  public BlockingReport blocking() {
    return blocking;
  }

  public PrecisionRecallCurve curve() {
    return curve;
  }

  /** The match-probability threshold used: the one given, or the one with the best expected F1. */
  public double threshold() {
    return threshold;
  }

  /** The cluster id of record {@code id}. */
  public String clusterOf(String id) {
    return clustering.clusterIdOfRow[row(id)];
  }

  /** Record id to cluster id, in input order. */
  public Map<String, String> clusterIds() {
    Map<String, String> out = new LinkedHashMap<>();
    for (int row = 0; row < table.size; row++) {
      out.put(table.ids[row], clustering.clusterIdOfRow[row]);
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /** The clusters of two or more records, each sorted by id, ordered by cluster id. */
  public List<List<String>> duplicateClusters() {
    Map<String, List<String>> byCluster = new TreeMap<>();
    for (int row = 0; row < table.size; row++) {
      byCluster.computeIfAbsent(clustering.clusterIdOfRow[row], k -> new ArrayList<>()).add(table.ids[row]);
    }
    List<List<String>> out = new ArrayList<>();
    for (List<String> c : byCluster.values()) {
      if (c.size() > 1) {
        c.sort(Comparator.naturalOrder());
        out.add(List.copyOf(c));
      }
    }
    return List.copyOf(out);
  }

  /** Scores and explains any two records of the input, whether or not blocking paired them. */
  public ScoredPair score(String leftId, String rightId) {
    MatchExplanation e = explain(leftId, rightId);
    return new ScoredPair(leftId, rightId, e.weight(), e.probability(), e);
  }

  /** The explanation of the score of two records of the input. */
  public MatchExplanation explain(String leftId, String rightId) {
    return model.explain(table, row(leftId), row(rightId));
  }

  private int row(String id) {
    Integer row = table.rowById.get(id);
    if (row == null) {
      throw new NotFoundException("record", id);
    }
    return row;
  }
}
