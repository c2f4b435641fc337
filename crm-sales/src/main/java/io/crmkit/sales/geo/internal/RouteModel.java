package io.crmkit.sales.geo.internal;

import io.crmkit.core.annotation.Internal;

/**
 * A route request as numbers: node 0 is the start, nodes 1..n the stops, node n+1 the end when there is one;
 * distances in km, travel, visit and window times in whole milliseconds since the departure (windows absent
 * are {@code Long.MIN_VALUE}/{@code Long.MAX_VALUE}). Computes the schedule and cost of any visiting order.
 */
@Internal
public final class RouteModel {
  private final int n;
  private final boolean hasEnd;
  private final double[][] km;
  private final long[][] travel;
  private final long[] visit;
  private final long[] earliest;
  private final long[] latest;

  /**
   * @param km node-to-node distances, (n+1)x(n+1) without an end or (n+2)x(n+2) with one
   * @param speedKmh travel speed
   * @param visit visit duration of stop i (index 0 for the first stop)
   * @param earliest earliest visit start of stop i, or {@code Long.MIN_VALUE}
   * @param latest latest visit start of stop i, or {@code Long.MAX_VALUE}
   */
  public RouteModel(double[][] km, double speedKmh, long[] visit, long[] earliest, long[] latest, boolean hasEnd) {
    this.n = visit.length;
    this.hasEnd = hasEnd;
    this.km = km;
    this.visit = visit.clone();
    this.earliest = earliest.clone();
    this.latest = latest.clone();
    int nodes = km.length;
    this.travel = new long[nodes][nodes];
    for (int a = 0; a < nodes; a++) {
      for (int b = 0; b < nodes; b++) {
        travel[a][b] = Math.round(km[a][b] / speedKmh * 3_600_000.0);
      }
    }
  }

  /** The number of stops. */
  public int stops() {
    return n;
  }

  public boolean hasEnd() {
    return hasEnd;
  }

  /** The distance between nodes {@code a} and {@code b} (0 start, 1..n stops, n+1 end). */
  public double km(int a, int b) {
    return km[a][b];
  }

  /** The travel time between nodes {@code a} and {@code b}, in milliseconds. */
  public long travelMillis(int a, int b) {
    return travel[a][b];
  }

  public long visitMillis(int stop) {
    return visit[stop];
  }

  public long earliestMillis(int stop) {
    return earliest[stop];
  }

  public long latestMillis(int stop) {
    return latest[stop];
  }

  /** Whether stop {@code stop} (0-based) misses its window even when visited first, straight from the start. */
  public boolean unreachableInTime(int stop) {
    return travel[0][stop + 1] > latest[stop];
  }

  /**
   * The schedule of {@code order} after each of its first k stops, k = 0..n, into the arrays (each of length n+1):
   * the time the salesperson leaves, the distance driven, the windows missed and the lateness so far.
   */
  public void prefix(int[] order, long[] time, double[] dist, int[] missed, long[] late) {
    time[0] = 0;
    dist[0] = 0;
    missed[0] = 0;
    late[0] = 0;
    int at = 0;
    for (int k = 0; k < order.length; k++) {
      int stop = order[k];
      int node = stop + 1;
      long start = Math.max(time[k] + travel[at][node], earliest[stop]);
      boolean miss = start > latest[stop];
      missed[k + 1] = missed[k] + (miss ? 1 : 0);
      late[k + 1] = late[k] + (miss ? start - latest[stop] : 0);
      dist[k + 1] = dist[k] + km[at][node];
      time[k + 1] = start + visit[stop];
      at = node;
    }
  }

  /**
   * The cost of {@code order}, which agrees with the order the prefix arrays were made for in its first
   * {@code from} stops, when it is better than {@code bound}; otherwise null. Stops early once the partial
   * missed windows, lateness and distance (each only grows along the route) are already worse than the bound's.
   */
  public RouteCost costIfBetter(
      int[] order, int from, long[] time, double[] dist, int[] missed, long[] late, RouteCost bound) {
    long t = time[from];
    double d = dist[from];
    int m = missed[from];
    long l = late[from];
    int at = from == 0 ? 0 : order[from - 1] + 1;
    for (int k = from; k < order.length; k++) {
      int stop = order[k];
      int node = stop + 1;
      d += km[at][node];
      long start = Math.max(t + travel[at][node], earliest[stop]);
      if (start > latest[stop]) {
        m++;
        l += start - latest[stop];
      }
      if (m > bound.missedWindows()
          || (m == bound.missedWindows() && (l > bound.latenessMillis()
              || (l == bound.latenessMillis() && d > bound.distanceKm() + 1e-6)))) {
        return null;
      }
      t = start + visit[stop];
      at = node;
    }
    if (hasEnd) {
      d += km[at][n + 1];
      t += travel[at][n + 1];
    }
    RouteCost c = new RouteCost(m, l, d, t);
    return c.isBetterThan(bound) ? c : null;
  }

  /** The cost of visiting the stops in {@code order} (0-based stop indices, each once). */
  public RouteCost cost(int[] order) {
    int missed = 0;
    long late = 0;
    double dist = 0;
    long t = 0;
    int at = 0;
    for (int stop : order) {
      int node = stop + 1;
      dist += km[at][node];
      long arrive = t + travel[at][node];
      long start = Math.max(arrive, earliest[stop]);
      if (start > latest[stop]) {
        missed++;
        late += start - latest[stop];
      }
      t = start + visit[stop];
      at = node;
    }
    if (hasEnd) {
      dist += km[at][n + 1];
      t += travel[at][n + 1];
    }
    return new RouteCost(missed, late, dist, t);
  }
}
