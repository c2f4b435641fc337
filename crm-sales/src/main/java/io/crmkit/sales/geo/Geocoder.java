package io.crmkit.sales.geo;

import io.crmkit.core.party.Account;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PostalAddress;
import java.util.Comparator;
import java.util.Optional;

/**
 * The host's geocoding service: turns a postal address into coordinates. crmkit never calls out to a geocoding
 * API itself; the host implements this SPI over the service it licenses (or a cache of earlier answers) and
 * stores the coordinates with its records.
 *
 * <p>{@code Optional<GeoPoint> where = geocoder.geocode(address);}
 */
@FunctionalInterface
public interface Geocoder {
  /** The coordinates of {@code address}, or empty when the service cannot place it. */
  Optional<GeoPoint> geocode(PostalAddress address);

  /**
   * The coordinates of {@code account}'s address: its primary postal address, else the first billing one, else
   * the first postal one; empty when it has none or the service cannot place it.
   */
  default Optional<GeoPoint> geocode(Account account) {
    return primaryAddress(account).flatMap(this::geocode);
  }

  /** The address {@link #geocode(Account)} uses for {@code account}: primary, else billing, else first postal. */
  static Optional<PostalAddress> primaryAddress(Account account) {
    return account.contactPoints().stream()
        .filter(p -> p.kind() == ContactPoint.Kind.POSTAL)
        .min(Comparator.comparingInt(Geocoder::preference))
        .flatMap(ContactPoint::address);
  }

  private static int preference(ContactPoint p) {
    if (p.primary()) {
      return 0;
    }
    return p.purpose() == ContactPoint.Purpose.BILLING ? 1 : 2;
  }
}
