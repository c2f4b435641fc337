package io.crmkit.sales.geo;

import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * "Prospects within R km of a place": an immutable index over located accounts, leads or anything else, built
 * once and queried many times, e.g.
 *
 * <pre>{@code
 * NearbySearch<RecordRef> prospects = NearbySearch.of(locatedAccounts);
 * List<Nearby<RecordRef>> close = prospects.within(GeoPoint.of(48.137, 11.575), 25.0);   // nearest first
 * }</pre>
 *
 * <p>The points are kept sorted by latitude; a query narrows them to the latitude band of the circle by binary
 * search, drops those outside the circle's longitude span (the exact bounding box of a spherical cap, across the
 * antimeridian and over the poles too), and only then computes haversine distances. Answers are exactly the
 * items whose {@link GeoPoint#distanceKm distance} is at most the radius, nearest first, ties in input order.
 * Thread-safe.
 *
 * @param <T> what is located
 */
public final class NearbySearch<T> {
  // a slack on the bounding box, in degrees (about 0.1 mm), so rounding never drops a point on the circle
  private static final double SLACK_DEGREES = 1e-9;

  private final double[] latitudes;
  private final double[] longitudes;
  private final int[] inputOrder;
  private final List<Located<T>> located;

  private NearbySearch(List<Located<T>> input) {
    Integer[] order = new Integer[input.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> input.get(i).point().latitude()));
    latitudes = new double[order.length];
    longitudes = new double[order.length];
    inputOrder = new int[order.length];
    List<Located<T>> sorted = new ArrayList<>(order.length);
    for (int k = 0; k < order.length; k++) {
      Located<T> l = input.get(order[k]);
      latitudes[k] = l.point().latitude();
      longitudes[k] = l.point().longitude();
      inputOrder[k] = order[k];
      sorted.add(l);
    }
    located = List.copyOf(sorted);
  }

  /** An index over {@code located} (copied; any number of items, duplicates allowed). */
  public static <T> NearbySearch<T> of(Collection<Located<T>> located) {
    Objects.requireNonNull(located, "located");
    return new NearbySearch<>(List.copyOf(located));
  }

  /** How many located items the index holds. */
  public int size() {
    return located.size();
  }

  /**
   * Every item at most {@code radiusKm} kilometres from {@code center}, nearest first (ties in input order).
   *
   * @throws ValidationException when the radius is negative or not a finite number
   */
  public List<Nearby<T>> within(GeoPoint center, double radiusKm) {
    return within(center, radiusKm, Integer.MAX_VALUE);
  }

  /**
   * The {@code limit} nearest items at most {@code radiusKm} kilometres from {@code center}, nearest first.
   *
   * @throws ValidationException when the radius is negative or not finite, or the limit is negative
   */
  public List<Nearby<T>> within(GeoPoint center, double radiusKm, int limit) {
    Objects.requireNonNull(center, "center");
    if (!(radiusKm >= 0.0) || Double.isInfinite(radiusKm)) {
      throw new ValidationException("radiusKm", "must be a finite number of kilometres >= 0 but was " + radiusKm);
    }
    ValidationException.checkNotNegative(limit, "limit");
    double angular = radiusKm / GeoPoint.EARTH_RADIUS_KM;
    double dLat = Math.toDegrees(angular) + SLACK_DEGREES;
    double latMin = center.latitude() - dLat;
    double latMax = center.latitude() + dLat;
    boolean allLongitudes = latMin <= -90.0 || latMax >= 90.0 || angular >= Math.PI / 2;
    double dLon = 360.0;
    if (!allLongitudes) {
      double s = Math.sin(angular) / Math.cos(Math.toRadians(center.latitude()));
      if (s >= 1.0) {
        allLongitudes = true;
      } else {
        dLon = Math.toDegrees(Math.asin(s)) + SLACK_DEGREES;
      }
    }
    List<Candidate> hits = new ArrayList<>();
    int from = lowerBound(latMin);
    for (int k = from; k < latitudes.length && latitudes[k] <= latMax; k++) {
      if (!allLongitudes && !withinLongitudes(longitudes[k], center.longitude(), dLon)) {
        continue;
      }
      double d = GeoPoint.haversineKm(center.latitude(), center.longitude(), latitudes[k], longitudes[k]);
      if (d <= radiusKm) {
        hits.add(new Candidate(k, d));
      }
    }
    hits.sort(Comparator.comparingDouble(Candidate::distance).thenComparingInt(c -> inputOrder[c.index]));
    int n = Math.min(limit, hits.size());
    List<Nearby<T>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Candidate c = hits.get(i);
      Located<T> l = located.get(c.index);
      out.add(new Nearby<>(l.item(), l.point(), c.distance));
    }
    return List.copyOf(out);
  }

  private record Candidate(int index, double distance) {}

  private static boolean withinLongitudes(double lon, double centerLon, double dLon) {
    double diff = Math.abs(lon - centerLon);
    if (diff > 180.0) {
      diff = 360.0 - diff;
    }
    return diff <= dLon;
  }

  /** The first index whose latitude is at least {@code lat}. */
  private int lowerBound(double lat) {
    int lo = 0;
    int hi = latitudes.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (latitudes[mid] < lat) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
