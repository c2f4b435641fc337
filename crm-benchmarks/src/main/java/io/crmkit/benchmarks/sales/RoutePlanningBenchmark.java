package io.crmkit.benchmarks.sales;

import io.crmkit.sales.geo.GeoPoint;
import io.crmkit.sales.geo.RoutePlan;
import io.crmkit.sales.geo.RoutePlanner;
import io.crmkit.sales.geo.RouteRequest;
import io.crmkit.sales.geo.Stop;
import io.crmkit.sales.geo.TimeWindow;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One day of {@value #STOPS} customer visits around Munich (within about 40 km), planned by
 * {@link RoutePlanner#plan} (nearest neighbour + 2-opt + Or-opt, also from cheapest insertion) beside the
 * nearest-neighbour construction alone; {@code windows=true} gives a third of the stops a two-hour window.
 * Quality against the brute-force optimum is {@link RouteQualityReport}'s.
 *
 * <p>{@code java -jar crm-benchmarks/target/benchmarks.jar sales.RoutePlanningBenchmark -f 1 -wi 2 -i 3}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class RoutePlanningBenchmark {
  static final int STOPS = 50;

  @Param({"false", "true"})
  public boolean windows;

  RouteRequest request;

  @Setup
  public void day() {
    request = day(STOPS, windows, new Random(42L));
  }

  /** A day of {@code n} stops around Munich, a third with a two-hour window when {@code windows}. */
  static RouteRequest day(int n, boolean windows, Random random) {
    LocalDateTime departure = LocalDateTime.of(2026, 3, 2, 7, 0);
    GeoPoint office = GeoPoint.of(48.137, 11.575);
    List<Stop> stops = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      GeoPoint p = GeoPoint.of(office.latitude() + (random.nextDouble() - 0.5) * 0.7,
          office.longitude() + (random.nextDouble() - 0.5) * 1.0);
      Stop s = Stop.of("customer-" + i, p, Duration.ofMinutes(5 + random.nextInt(20)));
      if (windows && i % 3 == 0) {
        LocalDateTime open = departure.plusMinutes(random.nextInt(10 * 60));
        s = s.withWindow(TimeWindow.of(open, open.plusHours(2)));
      }
      stops.add(s);
    }
    return RouteRequest.of(office, departure, stops, 45.0).withEnd(office);
  }

  @Benchmark
  public RoutePlan plan() {
    return RoutePlanner.standard().plan(request);
  }

  @Benchmark
  public RoutePlan nearestNeighbourOnly() {
    return RoutePlanner.standard().nearestNeighbour(request);
  }
}
