package io.crmkit.sales.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.ValidationException;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PostalAddress;
import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GeoPointTest {
  @Test
  void haversineMatchesPublishedGreatCircleDistances() {
    // Berlin–Paris is 877.5 km and London–New York 5570 km on a 6371 km sphere (movable-type.co.uk calculator)
    GeoPoint berlin = GeoPoint.of(52.5200, 13.4050);
    GeoPoint paris = GeoPoint.of(48.8566, 2.3522);
    assertThat(berlin.distanceKm(paris)).isCloseTo(877.5, within(1.0));
    assertThat(GeoPoint.of(51.5074, -0.1278).distanceKm(GeoPoint.of(40.7128, -74.0060))).isCloseTo(5570, within(3.0));
    // a quarter of the equator, and antipodes are half the circumference
    assertThat(GeoPoint.of(0, 0).distanceKm(GeoPoint.of(0, 90))).isCloseTo(Math.PI / 2 * GeoPoint.EARTH_RADIUS_KM, within(1e-6));
    assertThat(GeoPoint.of(10, 20).distanceKm(GeoPoint.of(-10, -160))).isCloseTo(Math.PI * GeoPoint.EARTH_RADIUS_KM, within(1e-3));
    assertThat(berlin.distanceKm(berlin)).isZero();
  }

  @Test
  void rejectsCoordinatesOutsideTheirRangesNamingTheField() {
    assertThatThrownBy(() -> GeoPoint.of(90.5, 0)).isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).field()).isEqualTo("latitude");
    assertThatThrownBy(() -> GeoPoint.of(0, -180.01)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("longitude").hasMessageContaining("[-180, 180]");
    assertThatThrownBy(() -> GeoPoint.of(Double.NaN, 0)).isInstanceOf(ValidationException.class);
    assertThat(GeoPoint.of(-0.0, -0.0)).isEqualTo(GeoPoint.of(0.0, 0.0));
  }

  @Test
  void geocodesAnAccountByItsPrimaryThenBillingAddress() {
    PostalAddress shipping = PostalAddress.of(List.of("Dock 4"), "Hamburg", "20457", "DE");
    PostalAddress billing = PostalAddress.of(List.of("Hauptstr. 1"), "München", "80331", "DE");
    Account acme = Account.builder(new AccountId("a-1"), TenantId.of("t"))
        .name("ACME").owner(Owner.user("u-1"))
        .contactPoint(ContactPoint.postal(shipping, ContactPoint.Purpose.SHIPPING))
        .contactPoint(ContactPoint.postal(billing, ContactPoint.Purpose.BILLING))
        .createdAt(Instant.EPOCH).updatedAt(Instant.EPOCH).build();
    Geocoder byCity = a -> a.locality().equals("München") ? Optional.of(GeoPoint.of(48.137, 11.575)) : Optional.empty();
    assertThat(Geocoder.primaryAddress(acme)).contains(billing);
    assertThat(byCity.geocode(acme)).contains(GeoPoint.of(48.137, 11.575));
    Account none = acme.withContactPoints(List.of());
    assertThat(byCity.geocode(none)).isEmpty();
  }
}
