package io.crmkit.sales.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NearbySearchProperties {
  @Property(tries = 150)
  void answersExactlyThePointsWithinTheRadiusNearestFirst(
      @ForAll("clusters") List<GeoPoint> points, @ForAll("points") GeoPoint center,
      @ForAll("radii") double radiusKm) {
    List<Located<Integer>> located = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      located.add(new Located<>(i, points.get(i)));
    }
    List<Nearby<Integer>> found = NearbySearch.of(located).within(center, radiusKm);

    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      if (center.distanceKm(points.get(i)) <= radiusKm) {
        expected.add(i);
      }
    }
    expected.sort(Comparator.comparingDouble((Integer i) -> center.distanceKm(points.get(i))).thenComparing(i -> i));
    assertThat(found).extracting(Nearby::item).containsExactlyElementsOf(expected);
    assertThat(found).allSatisfy(n -> assertThat(n.distanceKm()).isEqualTo(center.distanceKm(n.point())));
  }

  @Property(tries = 100)
  void aLimitKeepsTheNearest(@ForAll("clusters") List<GeoPoint> points, @ForAll("points") GeoPoint center) {
    List<Located<Integer>> located = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      located.add(new Located<>(i, points.get(i)));
    }
    NearbySearch<Integer> search = NearbySearch.of(located);
    List<Nearby<Integer>> all = search.within(center, 20_100);
    assertThat(all).hasSize(points.size());
    assertThat(search.within(center, 20_100, 3)).containsExactlyElementsOf(all.subList(0, Math.min(3, all.size())));
  }

  /** Points anywhere, with many near the poles and the antimeridian where bounding boxes are delicate. */
  @Provide
  Arbitrary<GeoPoint> points() {
    Arbitrary<Double> lat = Arbitraries.oneOf(Arbitraries.doubles().between(-90, 90),
        Arbitraries.doubles().between(85, 90), Arbitraries.doubles().between(-90, -85));
    Arbitrary<Double> lon = Arbitraries.oneOf(Arbitraries.doubles().between(-180, 180),
        Arbitraries.doubles().between(175, 180), Arbitraries.doubles().between(-180, -175));
    return Combinators.combine(lat, lon).as(GeoPoint::of);
  }

  /** Points anywhere mixed with points within a few degrees of {@code center}, so radii catch some and miss some. */
  @Provide
  Arbitrary<List<GeoPoint>> clusters() {
    return points().list().ofMaxSize(300);
  }

  @Property(tries = 150)
  void findsThePointsAroundTheirOwnCenter(@ForAll("points") GeoPoint center, @ForAll("radii") double radiusKm,
      @ForAll("offsets") List<double[]> offsets) {
    List<GeoPoint> points = new ArrayList<>();
    for (double[] o : offsets) {
      double lat = Math.max(-90, Math.min(90, center.latitude() + o[0]));
      double lon = center.longitude() + o[1];
      lon = lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
      points.add(GeoPoint.of(lat, lon));
    }
    answersExactlyThePointsWithinTheRadiusNearestFirst(points, center, radiusKm);
  }

  @Provide
  Arbitrary<List<double[]>> offsets() {
    Arbitrary<Double> d = Arbitraries.oneOf(Arbitraries.doubles().between(-0.5, 0.5), Arbitraries.doubles().between(-5, 5));
    return Combinators.combine(d, d).as((a, b) -> new double[] {a, b}).list().ofMaxSize(300);
  }

  @Provide
  Arbitrary<Double> radii() {
    return Arbitraries.oneOf(Arbitraries.doubles().between(0, 50), Arbitraries.doubles().between(0, 3000),
        Arbitraries.doubles().between(0, 20_100), Arbitraries.just(0.0));
  }
}
