package io.crmkit.benchmarks.sales;

import io.crmkit.sales.geo.GeoPoint;
import io.crmkit.sales.geo.Located;
import io.crmkit.sales.geo.Nearby;
import io.crmkit.sales.geo.NearbySearch;
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
 * "Prospects within R km" over {@value #LOCATIONS} located accounts spread over Germany (47–55°N, 6–15°E):
 * {@link NearbySearch#within} (latitude-sorted, bounding-box prefilter, exact haversine) beside a full scan
 * computing every distance. Each invocation asks around one of 64 fixed centres in turn.
 *
 * <p>{@code java -jar crm-benchmarks/target/benchmarks.jar sales.NearbySearchBenchmark -f 1 -wi 2 -i 3}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class NearbySearchBenchmark {
  static final int LOCATIONS = 100_000;

  @Param({"10", "50"})
  public double radiusKm;

  List<Located<Integer>> located;
  NearbySearch<Integer> search;
  GeoPoint[] centres;
  int next;

  @Setup
  public void accounts() {
    Random random = new Random(7L);
    located = new ArrayList<>(LOCATIONS);
    for (int i = 0; i < LOCATIONS; i++) {
      located.add(new Located<>(i, GeoPoint.of(47 + random.nextDouble() * 8, 6 + random.nextDouble() * 9)));
    }
    search = NearbySearch.of(located);
    centres = new GeoPoint[64];
    for (int i = 0; i < centres.length; i++) {
      centres[i] = GeoPoint.of(48 + random.nextDouble() * 6, 7 + random.nextDouble() * 7);
    }
  }

  @Benchmark
  public List<Nearby<Integer>> index() {
    return search.within(centres[next++ & 63], radiusKm);
  }

  @Benchmark
  public int fullScan() {
    GeoPoint c = centres[next++ & 63];
    int n = 0;
    for (Located<Integer> l : located) {
      if (c.distanceKm(l.point()) <= radiusKm) {
        n++;
      }
    }
    return n;
  }
}
