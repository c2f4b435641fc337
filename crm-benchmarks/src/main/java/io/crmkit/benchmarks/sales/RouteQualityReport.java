package io.crmkit.benchmarks.sales;

import io.crmkit.sales.geo.GeoPoint;
import io.crmkit.sales.geo.RoutePlanner;
import io.crmkit.sales.geo.RouteRequest;
import io.crmkit.sales.geo.Stop;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The quality harness beside {@link RoutePlanningBenchmark}: on random days of 8 stops without windows (closed
 * tours back to the start), the planner's distance against the optimum found by exhaustive search, and the
 * nearest-neighbour construction's. Prints the mean and worst gap and how often the optimum was found.
 *
 * <p>{@code java -cp crm-benchmarks/target/benchmarks.jar io.crmkit.benchmarks.sales.RouteQualityReport [days]}
 */
public final class RouteQualityReport {
  private RouteQualityReport() {}

  public static void main(String[] args) {
    int days = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    Random random = new Random(2026L);
    double sumGap = 0;
    double maxGap = 0;
    double sumNn = 0;
    double maxNn = 0;
    int optimal = 0;
    for (int d = 0; d < days; d++) {
      RouteRequest day = RoutePlanningBenchmark.day(8, false, random);
      double best = optimum(day);
      double plan = RoutePlanner.standard().plan(day).distanceKm();
      double nn = RoutePlanner.standard().nearestNeighbour(day).distanceKm();
      double gap = plan / best - 1;
      sumGap += gap;
      maxGap = Math.max(maxGap, gap);
      sumNn += nn / best - 1;
      maxNn = Math.max(maxNn, nn / best - 1);
      if (gap < 1e-9) {
        optimal++;
      }
    }
    System.out.printf(Locale.ROOT,
        "%d days of 8 stops: planner mean gap %.3f%%, worst %.2f%%, optimal on %.1f%%; nearest neighbour mean %.2f%%, worst %.1f%%%n",
        days, 100 * sumGap / days, 100 * maxGap, 100.0 * optimal / days, 100 * sumNn / days, 100 * maxNn);
  }

  private static double optimum(RouteRequest day) {
    List<Stop> stops = day.stops();
    int n = stops.size();
    double[][] km = new double[n + 1][n + 1];
    for (int a = 0; a <= n; a++) {
      GeoPoint p = a == 0 ? day.start() : stops.get(a - 1).location();
      for (int b = 0; b <= n; b++) {
        km[a][b] = p.distanceKm(b == 0 ? day.start() : stops.get(b - 1).location());
      }
    }
    double[] best = {Double.MAX_VALUE};
    search(km, n, 0, new boolean[n + 1], 0, 0, best);
    return best[0];
  }

  private static void search(double[][] km, int n, int at, boolean[] used, int placed, double sum, double[] best) {
    if (sum >= best[0]) {
      return;
    }
    if (placed == n) {
      best[0] = Math.min(best[0], sum + km[at][0]);
      return;
    }
    for (int s = 1; s <= n; s++) {
      if (!used[s]) {
        used[s] = true;
        search(km, n, s, used, placed + 1, sum + km[at][s], best);
        used[s] = false;
      }
    }
  }
}
