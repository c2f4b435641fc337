package io.crmkit.sales.geo;

import io.crmkit.core.ValidationException;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One day's visits to plan for one salesperson: where and when the day starts, where it ends (empty: the day
 * ends at the last customer), the stops, and the average travel speed in km/h applied to great-circle distances.
 *
 * <pre>{@code
 * RouteRequest day = RouteRequest.of(office, day.atTime(8, 30), stops, 40.0).withEnd(office);
 * }</pre>
 */
public record RouteRequest(
    GeoPoint start, Optional<GeoPoint> end, LocalDateTime departure, List<Stop> stops, double speedKmh) {

  /** The most stops one request may hold; the search grows with the cube of the count. */
  public static final int MAX_STOPS = 500;

  public RouteRequest {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(departure, "departure");
    stops = List.copyOf(stops);
    if (!(speedKmh > 0.0 && speedKmh <= 1000.0)) {
      throw new ValidationException("speedKmh", "must be a speed in (0, 1000] km/h but was " + speedKmh);
    }
    ValidationException.check(
        stops.size() <= MAX_STOPS, "stops", "must hold at most " + MAX_STOPS + " stops but holds " + stops.size());
    Set<String> names = new HashSet<>();
    for (Stop s : stops) {
      ValidationException.check(names.add(s.name()), "stops", "has two stops named '" + s.name() + "'");
    }
  }

  /** A day that ends at the last stop. */
  public static RouteRequest of(GeoPoint start, LocalDateTime departure, List<Stop> stops, double speedKmh) {
    return new RouteRequest(start, Optional.empty(), departure, stops, speedKmh);
  }

  /** This day ending at {@code value} (the office, home) after the last stop. */
  public RouteRequest withEnd(GeoPoint value) {
    return new RouteRequest(start, Optional.of(value), departure, stops, speedKmh);
  }

  public RouteRequest withStops(List<Stop> value) {
    return new RouteRequest(start, end, departure, value, speedKmh);
  }
}
