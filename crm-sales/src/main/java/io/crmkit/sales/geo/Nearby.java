package io.crmkit.sales.geo;

import io.crmkit.core.ValidationException;
import java.util.Objects;

/**
 * One answer of a {@link NearbySearch}: the item, where it is and how far it is from the searched place, in
 * kilometres along the great circle.
 *
 * @param <T> what was located
 */
public record Nearby<T>(T item, GeoPoint point, double distanceKm) {
  public Nearby {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(point, "point");
    if (!(distanceKm >= 0.0) || Double.isInfinite(distanceKm)) {
      throw new ValidationException("distanceKm", "must be a finite number of kilometres >= 0 but was " + distanceKm);
    }
  }
}
