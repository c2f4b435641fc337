package io.crmkit.sales.geo.internal;

import io.crmkit.core.annotation.Internal;

/**
 * The quality of one visiting order, compared lexicographically: fewer missed windows, then less total lateness,
 * then a shorter distance, then an earlier finish. Times in milliseconds since the departure.
 */
@Internal
public record RouteCost(int missedWindows, long latenessMillis, double distanceKm, long durationMillis) {
  // distances closer than this (1 mm) count as equal, so rounding cannot make a move look like a gain
  private static final double DISTANCE_TOLERANCE_KM = 1e-6;

  /** Whether this cost is strictly better than {@code other}. */
  public boolean isBetterThan(RouteCost other) {
    return compare(this, other) < 0;
  }

  /** The lexicographic order described on the type, with a 1 mm tolerance on distances. */
  public static int compare(RouteCost a, RouteCost b) {
    if (a.missedWindows != b.missedWindows) {
      return Integer.compare(a.missedWindows, b.missedWindows);
    }
    if (a.latenessMillis != b.latenessMillis) {
      return Long.compare(a.latenessMillis, b.latenessMillis);
    }
    if (Math.abs(a.distanceKm - b.distanceKm) > DISTANCE_TOLERANCE_KM) {
      return Double.compare(a.distanceKm, b.distanceKm);
    }
    return Long.compare(a.durationMillis, b.durationMillis);
  }
}
