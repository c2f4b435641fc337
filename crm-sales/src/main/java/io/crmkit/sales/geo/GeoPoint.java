package io.crmkit.sales.geo;

import io.crmkit.core.ValidationException;

/**
 * A place on Earth in WGS 84 degrees: latitude in [-90, 90], longitude in [-180, 180], e.g.
 * {@code GeoPoint.of(52.5200, 13.4050)} for Berlin. Distances are great-circle (haversine) distances on a sphere
 * of the mean Earth radius, {@value #EARTH_RADIUS_KM} km, accurate to about 0.5% against the ellipsoid.
 *
 * <p>{@code double km = berlin.distanceKm(paris);}
 */
public record GeoPoint(double latitude, double longitude) {
  /** The mean Earth radius (IUGG), in kilometres. */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  public GeoPoint {
    if (!(latitude >= -90.0 && latitude <= 90.0)) {
      throw new ValidationException("latitude", "must be a number of degrees in [-90, 90] but was " + latitude);
    }
    if (!(longitude >= -180.0 && longitude <= 180.0)) {
      throw new ValidationException("longitude", "must be a number of degrees in [-180, 180] but was " + longitude);
    }
    // one value for each place: -0.0 and 0.0 would otherwise make unequal records
    latitude = latitude + 0.0;
    longitude = longitude + 0.0;
  }

  /** The point at {@code latitude}, {@code longitude} (degrees). */
  public static GeoPoint of(double latitude, double longitude) {
    return new GeoPoint(latitude, longitude);
  }

  /** The great-circle distance to {@code other} in kilometres (haversine formula). */
  public double distanceKm(GeoPoint other) {
    return haversineKm(latitude, longitude, other.latitude, other.longitude);
  }

  /** The great-circle distance in kilometres between two points given in degrees (haversine formula). */
  public static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
    double phi1 = Math.toRadians(lat1);
    double phi2 = Math.toRadians(lat2);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(lon2 - lon1);
    double sinPhi = Math.sin(dPhi / 2);
    double sinLambda = Math.sin(dLambda / 2);
    double h = sinPhi * sinPhi + Math.cos(phi1) * Math.cos(phi2) * sinLambda * sinLambda;
    h = Math.min(1.0, h);
    // atan2 rather than asin: as precise for antipodes as for neighbours
    return 2 * EARTH_RADIUS_KM * Math.atan2(Math.sqrt(h), Math.sqrt(1.0 - h));
  }

  @Override
  public String toString() {
    return latitude + "," + longitude;
  }
}
