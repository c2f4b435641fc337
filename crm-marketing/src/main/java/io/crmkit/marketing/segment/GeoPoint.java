package io.crmkit.marketing.segment;

import io.crmkit.core.ValidationException;

/**
 * A point on the earth in WGS 84 degrees, for geographic segments: {@code GeoPoint.of(52.52, 13.405)}.
 *
 * @param latitude between -90 and 90
 * @param longitude between -180 and 180
 */
public record GeoPoint(double latitude, double longitude) {
  /** The mean earth radius in kilometres (IUGG), used by {@link #distanceKm}. */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  public GeoPoint {
    ValidationException.check(
        Double.isFinite(latitude) && latitude >= -90 && latitude <= 90, "latitude", "must lie in [-90, 90] but was " + latitude);
    ValidationException.check(
        Double.isFinite(longitude) && longitude >= -180 && longitude <= 180, "longitude", "must lie in [-180, 180] but was " + longitude);
  }

  public static GeoPoint of(double latitude, double longitude) {
    return new GeoPoint(latitude, longitude);
  }

  /** The great-circle (haversine) distance to {@code other} in kilometres. */
  public double distanceKm(GeoPoint other) {
    double p1 = Math.toRadians(latitude);
    double p2 = Math.toRadians(other.latitude);
    double dp = p2 - p1;
    double dl = Math.toRadians(other.longitude - longitude);
    double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
