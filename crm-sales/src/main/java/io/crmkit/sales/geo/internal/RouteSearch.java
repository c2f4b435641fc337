package io.crmkit.sales.geo.internal;

import io.crmkit.core.annotation.Internal;
/**
 * Finds a good visiting order for a {@link RouteModel}: a time-aware nearest-neighbour construction, then 2-opt
 * (reverse a run of stops) and Or-opt (move a run of one to three stops elsewhere, either way round) until no
 * move improves the {@link RouteCost}. The same local search also runs from a cheapest-insertion construction and
 * the better local optimum is kept. Only strictly improving moves are taken, so the result is never worse than
 * the nearest-neighbour construction, and each search ends because the cost falls at every step. Days of up to
 * {@value #EXHAUSTIVE_STOPS} stops are then searched exhaustively, so their plan is the best order there is.
 */
@Internal
public final class RouteSearch {
  private RouteSearch() {}

  /** The outcome: the constructed and the improved order, their costs, and the moves applied. */
  @Internal
  public record Result(
      int[] constructed, RouteCost constructedCost, int[] improved, RouteCost improvedCost, int twoOptMoves,
      int orOptMoves, boolean exhaustive) {}

  /** Up to this many stops every order is tried (7! = 5,040 schedules), so small days get the optimum. */
  public static final int EXHAUSTIVE_STOPS = 7;

  /**
   * The nearest-neighbour order: from where the salesperson is, go to the stop whose visit can start soonest
   * among those still reachable within their window (without windows: the nearest one); when none is, go to the
   * nearest remaining stop.
   */
  public static int[] nearestNeighbour(RouteModel m) {
    int n = m.stops();
    int[] order = new int[n];
    boolean[] done = new boolean[n];
    int at = 0;
    long t = 0;
    for (int k = 0; k < n; k++) {
      int best = -1;
      long bestStart = Long.MAX_VALUE;
      double bestKm = Double.MAX_VALUE;
      int nearest = -1;
      double nearestKm = Double.MAX_VALUE;
      for (int s = 0; s < n; s++) {
        if (done[s]) {
          continue;
        }
        double d = m.km(at, s + 1);
        if (d < nearestKm) {
          nearest = s;
          nearestKm = d;
        }
        long start = Math.max(t + m.travelMillis(at, s + 1), m.earliestMillis(s));
        if (start <= m.latestMillis(s) && (start < bestStart || (start == bestStart && d < bestKm))) {
          best = s;
          bestStart = start;
          bestKm = d;
        }
      }
      int next = best >= 0 ? best : nearest;
      order[k] = next;
      done[next] = true;
      t = Math.max(t + m.travelMillis(at, next + 1), m.earliestMillis(next)) + m.visitMillis(next);
      at = next + 1;
    }
    return order;
  }

  /**
   * The cheapest-insertion order: stops taken in input order, each inserted where it makes the partial route's
   * cost smallest.
   */
  public static int[] cheapestInsertion(RouteModel m) {
    int n = m.stops();
    int[] order = new int[n];
    int[] candidate = new int[n];
    for (int k = 0; k < n; k++) {
      RouteCost best = null;
      int bestAt = 0;
      for (int at = 0; at <= k; at++) {
        System.arraycopy(order, 0, candidate, 0, at);
        candidate[at] = k;
        System.arraycopy(order, at, candidate, at + 1, k - at);
        RouteCost c = m.cost(java.util.Arrays.copyOf(candidate, k + 1));
        if (best == null || c.isBetterThan(best)) {
          best = c;
          bestAt = at;
        }
      }
      System.arraycopy(order, bestAt, order, bestAt + 1, k - bestAt);
      order[bestAt] = k;
    }
    return order;
  }

  /**
   * Nearest neighbour, then 2-opt and Or-opt to a local optimum; the same from cheapest insertion; the better
   * of the two (nearest neighbour's on a tie).
   */
  public static Result plan(RouteModel m) {
    int[] constructed = nearestNeighbour(m);
    RouteCost constructedCost = m.cost(constructed);
    Result fromNearest = improve(m, constructed, constructedCost);
    int[] inserted = cheapestInsertion(m);
    Result fromInsertion = improve(m, inserted, m.cost(inserted));
    Result local = fromNearest;
    if (fromInsertion.improvedCost().isBetterThan(fromNearest.improvedCost())) {
      local = new Result(constructed, constructedCost, fromInsertion.improved(), fromInsertion.improvedCost(),
          fromInsertion.twoOptMoves(), fromInsertion.orOptMoves(), false);
    }
    if (m.stops() > EXHAUSTIVE_STOPS) {
      return local;
    }
    // a local optimum can miss a window the best order keeps: on a small day, try every order
    int[] best = local.improved().clone();
    RouteCost bestCost = local.improvedCost();
    int[] order = new int[m.stops()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    do {
      RouteCost c = m.cost(order);
      if (c.isBetterThan(bestCost)) {
        bestCost = c;
        best = order.clone();
      }
    } while (nextPermutation(order));
    return new Result(constructed, constructedCost, best, bestCost, local.twoOptMoves(), local.orOptMoves(), true);
  }

  /** Rearranges {@code a} into the next order in lexicographic order; false after the last. */
  private static boolean nextPermutation(int[] a) {
    int i = a.length - 2;
    while (i >= 0 && a[i] >= a[i + 1]) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    int j = a.length - 1;
    while (a[j] <= a[i]) {
      j--;
    }
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
    for (int l = i + 1, r = a.length - 1; l < r; l++, r--) {
      t = a[l];
      a[l] = a[r];
      a[r] = t;
    }
    return true;
  }

  private static Result improve(RouteModel m, int[] constructed, RouteCost constructedCost) {
    int[] order = constructed.clone();
    Search s = new Search(m, order, constructedCost);
    boolean improved = true;
    while (improved) {
      improved = false;
      while (s.twoOpt()) {
        improved = true;
      }
      while (s.orOpt()) {
        improved = true;
      }
    }
    return new Result(constructed, constructedCost, order, s.cost, s.twoOptMoves, s.orOptMoves, false);
  }

  /** The local search on one order, with the schedule prefix of the current order kept for cheap evaluation. */
  private static final class Search {
    final RouteModel m;
    final int[] order;
    final int n;
    final int[] candidate;
    final int[] rest;
    final long[] time;
    final double[] dist;
    final int[] missed;
    final long[] late;
    RouteCost cost;
    int twoOptMoves;
    int orOptMoves;

    Search(RouteModel m, int[] order, RouteCost cost) {
      this.m = m;
      this.order = order;
      this.n = order.length;
      this.candidate = new int[n];
      this.rest = new int[n];
      this.time = new long[n + 1];
      this.dist = new double[n + 1];
      this.missed = new int[n + 1];
      this.late = new long[n + 1];
      this.cost = cost;
      m.prefix(order, time, dist, missed, late);
    }

    private void accept(RouteCost c) {
      System.arraycopy(candidate, 0, order, 0, n);
      cost = c;
      m.prefix(order, time, dist, missed, late);
    }

    /** Applies the first improving segment reversal; false when there is none. */
    boolean twoOpt() {
      for (int i = 0; i < n - 1; i++) {
        for (int j = i + 1; j < n; j++) {
          System.arraycopy(order, 0, candidate, 0, n);
          reverse(candidate, i, j);
          RouteCost c = m.costIfBetter(candidate, i, time, dist, missed, late, cost);
          if (c != null) {
            accept(c);
            twoOptMoves++;
            return true;
          }
        }
      }
      return false;
    }

    /** Applies the first improving move of a run of 1 to 3 stops (either way round); false when there is none. */
    boolean orOpt() {
      for (int len = 1; len <= Math.min(3, n - 1); len++) {
        for (int i = 0; i + len <= n; i++) {
          // rest = order without order[i..i+len)
          System.arraycopy(order, 0, rest, 0, i);
          System.arraycopy(order, i + len, rest, i, n - i - len);
          int restLength = n - len;
          for (int at = 0; at <= restLength; at++) {
            if (at == i) {
              continue;
            }
            for (int way = 0; way < (len == 1 ? 1 : 2); way++) {
              System.arraycopy(rest, 0, candidate, 0, at);
              for (int k = 0; k < len; k++) {
                candidate[at + k] = order[way == 0 ? i + k : i + len - 1 - k];
              }
              System.arraycopy(rest, at, candidate, at + len, restLength - at);
              RouteCost c = m.costIfBetter(candidate, Math.min(i, at), time, dist, missed, late, cost);
              if (c != null) {
                accept(c);
                orOptMoves++;
                return true;
              }
            }
          }
        }
      }
      return false;
    }
  }

  private static void reverse(int[] a, int i, int j) {
    while (i < j) {
      int t = a[i];
      a[i++] = a[j];
      a[j--] = t;
    }
  }
}
