/**
 * Geolocation for sales: {@link io.crmkit.sales.geo.GeoPoint} coordinates and great-circle distances, the
 * {@link io.crmkit.sales.geo.Geocoder} SPI through which the host turns addresses into coordinates,
 * {@link io.crmkit.sales.geo.NearbySearch} ("prospects within R km of a place") and the
 * {@link io.crmkit.sales.geo.RoutePlanner} for one day's customer visits with time windows.
 */
@NullMarked
package io.crmkit.sales.geo;

import org.jspecify.annotations.NullMarked;
