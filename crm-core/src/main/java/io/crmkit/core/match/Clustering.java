package io.crmkit.core.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matched pairs to entities: connected components of the pairs at or above the threshold, then a guard against
 * chaining: a component of three or more is cut at its weakest links, and the cut kept when the records on
 * either side mostly do not match (mean probability across the cut below the cohesion), recursively. A component
 * of more than 5,000 records is first re-cut at thresholds halfway to 1 until its parts are small enough. Ties
 * are broken by record id, so the result does not depend on input order. Cluster ids are the smallest record id of each cluster.
 */
final class Clustering {
  private static final int FULL_SCORING_LIMIT = 100;
  private static final int SPLIT_LIMIT = 5000;

  final int[] clusterOfRow;
  final String[] clusterIdOfRow;

  private Clustering(int[] clusterOfRow, String[] clusterIdOfRow) {
    this.clusterOfRow = clusterOfRow;
    this.clusterIdOfRow = clusterIdOfRow;
  }

  private record Edge(int a, int b, double p) {}

  static Clustering of(RecordTable t, MatchModel model, PairSet pairs, double[] probabilities, double threshold,
      double minCohesion) {
    int n = t.size;
    UnionFind uf = new UnionFind(n);
    List<Edge> edges = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      if (probabilities[i] >= threshold) {
        long p = pairs.get(i);
        edges.add(new Edge(PairSet.left(p), PairSet.right(p), probabilities[i]));
        uf.union(PairSet.left(p), PairSet.right(p));
      }
    }
    Map<Integer, List<Integer>> members = new HashMap<>();
    Map<Integer, List<Edge>> edgesOf = new HashMap<>();
    for (int row = 0; row < n; row++) {
      if (t.live[row]) {
        members.computeIfAbsent(uf.find(row), k -> new ArrayList<>()).add(row);
      }
    }
    for (Edge e : edges) {
      edgesOf.computeIfAbsent(uf.find(e.a), k -> new ArrayList<>()).add(e);
    }
    List<List<Integer>> clusters = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> c : members.entrySet()) {
      List<Integer> rows = c.getValue();
      if (rows.size() < 3) {
        clusters.add(rows);
      } else if (rows.size() > SPLIT_LIMIT) {
        splitLarge(t, model, rows, edgesOf.getOrDefault(c.getKey(), List.of()), threshold, minCohesion, clusters);
      } else {
        split(t, model, rows, edgesOf.getOrDefault(c.getKey(), List.of()), threshold, minCohesion, clusters);
      }
    }
    int[] clusterOfRow = new int[n];
    String[] idOfRow = new String[n];
    java.util.Arrays.fill(clusterOfRow, -1);
    for (int c = 0; c < clusters.size(); c++) {
      String min = null;
      for (int row : clusters.get(c)) {
        clusterOfRow[row] = c;
        if (min == null || t.ids[row].compareTo(min) < 0) {
          min = t.ids[row];
        }
      }
      for (int row : clusters.get(c)) {
        idOfRow[row] = min;
      }
    }
    return new Clustering(clusterOfRow, idOfRow);
  }

  /**
   * A component too large to examine pair by pair (chains of matches through a big base): its links are
   * re-cut at a threshold halfway to 1, and each part is examined as usual, or again so when still too large.
   */
  private static void splitLarge(RecordTable t, MatchModel model, List<Integer> rows, List<Edge> edges,
      double threshold, double minCohesion, List<List<Integer>> out) {
    double raised = (threshold + 1) / 2;
    if (raised >= MAX_RAISED_THRESHOLD) {
      out.add(rows);
      return;
    }
    List<Edge> strong = new ArrayList<>();
    for (Edge e : edges) {
      if (e.p >= raised) {
        strong.add(e);
      }
    }
    List<List<Integer>> parts = components(rows, strong);
    Map<Integer, Integer> partOf = new HashMap<>();
    for (int p = 0; p < parts.size(); p++) {
      for (int row : parts.get(p)) {
        partOf.put(row, p);
      }
    }
    List<List<Edge>> inside = new ArrayList<>();
    for (int p = 0; p < parts.size(); p++) {
      inside.add(new ArrayList<>());
    }
    for (Edge e : strong) {
      inside.get(partOf.get(e.a)).add(e);
    }
    for (int p = 0; p < parts.size(); p++) {
      List<Integer> part = parts.get(p);
      if (part.size() < 3) {
        out.add(part);
      } else if (part.size() > SPLIT_LIMIT) {
        splitLarge(t, model, part, inside.get(p), raised, minCohesion, out);
      } else {
        split(t, model, part, inside.get(p), raised, minCohesion, out);
      }
    }
  }

  private static final double MAX_RAISED_THRESHOLD = 0.999_999;

  private static void split(RecordTable t, MatchModel model, List<Integer> rows, List<Edge> candidateEdges,
      double threshold, double minCohesion, List<List<Integer>> out) {
    int n = rows.size();
    List<Edge> edges = candidateEdges;
    List<Edge> all = candidateEdges;
    if (n >= 3 && n <= FULL_SCORING_LIMIT) {
      // score every internal pair, not only those blocking produced
      edges = new ArrayList<>();
      all = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          int a = rows.get(i);
          int b = rows.get(j);
          double p = MatchModel.probability(model.weight(t, Math.min(a, b), Math.max(a, b)));
          Edge e = new Edge(a, b, p);
          all.add(e);
          if (p >= threshold) {
            edges.add(e);
          }
        }
      }
    }
    splitScored(t, rows, edges, all, minCohesion, out);
  }

  /**
   * Cuts a component at the weakest link of its maximum spanning tree (the weakest edges removed until it falls
   * apart); the cut is kept when the mean match probability across it is below {@code minCohesion}, and the
   * parts are examined in turn. A component whose weakest cut is cohesive stays whole.
   */
  private static void splitScored(RecordTable t, List<Integer> rows, List<Edge> edges, List<Edge> all,
      double minCohesion, List<List<Integer>> out) {
    int n = rows.size();
    if (n < 3) {
      out.add(rows);
      return;
    }
    List<Edge> sorted = new ArrayList<>(edges);
    sorted.sort(Comparator.comparingDouble(Edge::p).reversed().thenComparing(e -> key(t, e)));
    Map<Integer, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(rows.get(i), i);
    }
    UnionFind uf = new UnionFind(n);
    int weakest = -1;
    for (int i = 0; i < sorted.size(); i++) {
      Edge e = sorted.get(i);
      int a = index.get(e.a);
      int b = index.get(e.b);
      if (uf.find(a) != uf.find(b)) {
        uf.union(a, b);
        weakest = i;
      }
    }
    if (weakest < 0) {
      out.add(rows);
      return;
    }
    List<Edge> kept = sorted.subList(0, weakest);
    List<List<Integer>> parts = components(rows, kept);
    Map<Integer, Integer> partOf = new HashMap<>();
    for (int p = 0; p < parts.size(); p++) {
      for (int row : parts.get(p)) {
        partOf.put(row, p);
      }
    }
    // mean probability across the cut; pairs never scored count as 0
    double across = 0;
    for (Edge e : all) {
      if (!partOf.get(e.a).equals(partOf.get(e.b))) {
        across += e.p;
      }
    }
    long crossPairs = (long) n * (n - 1) / 2;
    for (List<Integer> part : parts) {
      crossPairs -= (long) part.size() * (part.size() - 1) / 2;
    }
    if (across / crossPairs >= minCohesion) {
      out.add(rows);
      return;
    }
    for (List<Integer> part : parts) {
      java.util.Set<Integer> set = new java.util.HashSet<>(part);
      List<Edge> inside = new ArrayList<>();
      for (Edge e : kept) {
        if (set.contains(e.a)) {
          inside.add(e);
        }
      }
      List<Edge> insideAll = new ArrayList<>();
      for (Edge e : all) {
        if (set.contains(e.a) && set.contains(e.b)) {
          insideAll.add(e);
        }
      }
      splitScored(t, part, inside, insideAll, minCohesion, out);
    }
  }

  private static String key(RecordTable t, Edge e) {
    String x = t.ids[e.a];
    String y = t.ids[e.b];
    return x.compareTo(y) < 0 ? x + "\u0000" + y : y + "\u0000" + x;
  }

  private static List<List<Integer>> components(List<Integer> rows, List<Edge> edges) {
    Map<Integer, Integer> index = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      index.put(rows.get(i), i);
    }
    UnionFind uf = new UnionFind(rows.size());
    for (Edge e : edges) {
      uf.union(index.get(e.a), index.get(e.b));
    }
    Map<Integer, List<Integer>> parts = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      parts.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(rows.get(i));
    }
    return new ArrayList<>(parts.values());
  }

  /** Disjoint sets with path halving and union by size. */
  static final class UnionFind {
    private final int[] parent;
    private final int[] size;

    UnionFind(int n) {
      parent = new int[n];
      size = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
        size[i] = 1;
      }
    }

    int find(int x) {
      while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
      }
      return x;
    }

    void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra == rb) {
        return;
      }
      if (size[ra] < size[rb]) {
        int t = ra;
        ra = rb;
        rb = t;
      }
      parent[rb] = ra;
      size[ra] += size[rb];
    }
  }
}
