package io.crmkit.sales.geo;

import java.util.Objects;

/**
 * Something with a place: an account, a lead or a record reference with the coordinates the host stored for it,
 * e.g. {@code new Located<>(account.ref(), GeoPoint.of(48.137, 11.575))}. The input of {@link NearbySearch}.
 *
 * @param <T> what is located
 */
public record Located<T>(T item, GeoPoint point) {
  public Located {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(point, "point");
  }
}
