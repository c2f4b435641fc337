package io.crmkit.testkit.sales;

import io.crmkit.core.TenantId;
import io.crmkit.core.party.AccountId;
import io.crmkit.sales.assignment.CapacityMember;
import io.crmkit.sales.assignment.RoundRobin;
import io.crmkit.sales.geo.GeoPoint;
import io.crmkit.sales.geo.RouteRequest;
import io.crmkit.sales.geo.Stop;
import io.crmkit.sales.geo.TimeWindow;
import io.crmkit.sales.territory.AccountCondition;
import io.crmkit.sales.territory.AccountProfile;
import io.crmkit.sales.territory.Territory;
import io.crmkit.sales.territory.TerritoryModel;
import io.crmkit.sales.territory.TerritoryRule;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for territories, assignment and geo: points anywhere (poles and the antimeridian included),
 * points near a place, route requests with or without time windows, account profiles, territory trees with rules,
 * round robins and capacity members. Every value is built through the real crm-sales constructors, e.g.
 * {@code @ForAll("days") RouteRequest day} with {@code @Provide Arbitrary<RouteRequest> days() { return
 * TerritoryArbitraries.routeRequests(12, true); }}.
 */
public final class TerritoryArbitraries {
  private static final List<String> COUNTRIES = List.of("DE", "AT", "CH", "FR", "US", "GB", "JP");
  private static final List<String> INDUSTRIES = List.of("Manufacturing", "Retail", "Software", "Energy", "Health");

  private TerritoryArbitraries() {}

  /** Points anywhere on Earth, a third of them within 5° of a pole or of the antimeridian. */
  public static Arbitrary<GeoPoint> geoPoints() {
    Arbitrary<Double> lat = Arbitraries.oneOf(Arbitraries.doubles().between(-90, 90),
        Arbitraries.doubles().between(85, 90), Arbitraries.doubles().between(-90, -85));
    Arbitrary<Double> lon = Arbitraries.oneOf(Arbitraries.doubles().between(-180, 180),
        Arbitraries.doubles().between(175, 180), Arbitraries.doubles().between(-180, -175));
    return Combinators.combine(lat, lon).as(GeoPoint::of);
  }

  /** Points within about {@code degrees} of {@code center} (latitude clamped, longitude wrapped). */
  public static Arbitrary<GeoPoint> near(GeoPoint center, double degrees) {
    Arbitrary<Double> d = Arbitraries.doubles().between(-degrees, degrees);
    return Combinators.combine(d, d).as((a, b) -> {
      double lat = Math.max(-90, Math.min(90, center.latitude() + a));
      double lon = center.longitude() + b;
      return GeoPoint.of(lat, lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon);
    });
  }

  /**
   * One day's requests of up to {@code maxStops} stops within ~40 km of Munich, departing 2026-03-02 08:00 at
   * 15–90 km/h, half ending back at a point, and, when {@code windows}, two thirds of the stops with a window of
   * up to three hours (some opening before the departure).
   */
  public static Arbitrary<RouteRequest> routeRequests(int maxStops, boolean windows) {
    GeoPoint munich = GeoPoint.of(48.137, 11.575);
    LocalDateTime day = LocalDateTime.of(2026, 3, 2, 8, 0);
    Arbitrary<List<Stop>> stops = Arbitraries.integers().between(0, maxStops).flatMap(k -> {
      List<Arbitrary<Stop>> each = new ArrayList<>();
      for (int i = 0; i < k; i++) {
        each.add(stop("stop-" + i, near(munich, 0.4), day, windows));
      }
      return Combinators.combine(each).as(List::copyOf);
    });
    return Combinators.combine(near(munich, 0.4), near(munich, 0.4).optional(), stops, Arbitraries.doubles().between(15, 90))
        .as((start, end, s, speed) -> new RouteRequest(start, end, day, s, speed));
  }

  private static Arbitrary<Stop> stop(String name, Arbitrary<GeoPoint> where, LocalDateTime day, boolean windows) {
    Arbitrary<Optional<TimeWindow>> window = windows
        ? Combinators.combine(Arbitraries.integers().between(-60, 9 * 60), Arbitraries.integers().between(0, 180))
            .as((open, length) -> TimeWindow.of(day.plusMinutes(open), day.plusMinutes(open + length))).optional(0.67)
        : Arbitraries.just(Optional.empty());
    return Combinators.combine(where, Arbitraries.integers().between(0, 90), window)
        .as((p, minutes, w) -> new Stop(name, p, Duration.ofMinutes(minutes), w));
  }

  /** Account profiles of {@code tenant}: some fields absent, postcodes of 4 or 5 digits, revenue and headcount. */
  public static Arbitrary<AccountProfile> accountProfiles(TenantId tenant) {
    Arbitrary<Optional<String>> country = Arbitraries.of(COUNTRIES).optional(0.9);
    Arbitrary<Optional<String>> region = Arbitraries.of("Bayern", "Berlin", "Tirol", "Zürich", "CA").optional(0.6);
    Arbitrary<Optional<String>> postcode = Arbitraries.strings().numeric().ofMinLength(4).ofMaxLength(5).optional(0.9);
    Arbitrary<Optional<String>> industry = Arbitraries.of(INDUSTRIES).optional(0.8);
    Arbitrary<Optional<BigDecimal>> revenue = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1e9"))
        .ofScale(2).optional(0.8);
    Arbitrary<Optional<Long>> employees = Arbitraries.longs().between(0, 100_000).optional(0.8);
    Arbitrary<AccountId> ids = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12).map(AccountId::new);
    return Combinators.combine(ids, country, region, postcode, industry, revenue, employees)
        .as((id, c, r, p, i, rev, e) -> new AccountProfile(tenant, id, c, r, p, i, rev, e));
  }

  /** One condition on any of the account fields rules may use. */
  public static Arbitrary<AccountCondition> accountConditions() {
    return Arbitraries.oneOf(
        Arbitraries.of(COUNTRIES).set().ofMinSize(1).ofMaxSize(3).map(s -> AccountCondition.country(s.toArray(String[]::new))),
        Arbitraries.of(INDUSTRIES).set().ofMinSize(1).ofMaxSize(2).map(s -> AccountCondition.industry(s.toArray(String[]::new))),
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(2).map(AccountCondition::postcodePrefix),
        Combinators.combine(Arbitraries.integers().between(10000, 99999), Arbitraries.integers().between(0, 20000))
            .as((from, width) -> AccountCondition.postcodeRange(String.valueOf(from), String.valueOf(Math.min(99999, from + width)))),
        Combinators.combine(Arbitraries.longs().between(0, 5000), Arbitraries.longs().between(0, 50_000))
            .as((min, width) -> AccountCondition.employeesBetween(min, min + width)));
  }

  /**
   * Valid territory trees of {@code tenant}: a root and up to {@code maxTerritories - 1} more, each under an
   * earlier one, each with zero to two rules of one to three conditions.
   */
  public static Arbitrary<TerritoryModel> territoryModels(TenantId tenant, int maxTerritories) {
    Arbitrary<List<TerritoryRule>> rules = accountConditions().list().ofMinSize(1).ofMaxSize(3).list().ofMaxSize(2)
        .map(lists -> {
          List<TerritoryRule> out = new ArrayList<>();
          for (int i = 0; i < lists.size(); i++) {
            out.add(new TerritoryRule("rule-" + i, lists.get(i)));
          }
          return out;
        });
    return Arbitraries.integers().between(1, maxTerritories).flatMap(n -> {
      List<Arbitrary<Territory>> each = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String name = "t-" + i;
        Arbitrary<Optional<String>> parent = i == 0 ? Arbitraries.just(Optional.empty())
            : Arbitraries.integers().between(0, i - 1).map(p -> Optional.of("t-" + p));
        each.add(Combinators.combine(parent, rules).as((p, r) -> new Territory(name, p, r, List.of())));
      }
      return Combinators.combine(each).as(ts -> TerritoryModel.of(tenant, ts));
    });
  }

  /** Round robins of {@code tenant} over 1 to {@code maxMembers} members {@code u-0, u-1, ...}. */
  public static Arbitrary<RoundRobin> roundRobins(TenantId tenant, int maxMembers) {
    return Arbitraries.integers().between(1, maxMembers).map(n -> {
      List<String> members = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        members.add("u-" + i);
      }
      return RoundRobin.of(tenant, "round-robin", members);
    });
  }

  /** Capacity members with ids {@code u-<n>} and capacities 1 to 100. */
  public static Arbitrary<CapacityMember> capacityMembers() {
    return Combinators.combine(Arbitraries.integers().between(0, 999), Arbitraries.integers().between(1, 100))
        .as((id, capacity) -> new CapacityMember("u-" + id, capacity));
  }
}
