package io.crmkit.testkit.sales;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.sales.geo.GeoPoint;
import io.crmkit.sales.geo.RoutePlan;
import io.crmkit.sales.geo.RoutePlanner;
import io.crmkit.sales.geo.RouteRequest;
import io.crmkit.sales.territory.AccountProfile;
import io.crmkit.sales.territory.TerritoryModel;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TerritoryArbitrariesProperties {
  static final TenantId TENANT = TenantId.of("acme");

  @Property(tries = 100)
  void routeRequestsArePlannable(@ForAll("days") RouteRequest day) {
    RoutePlan plan = RoutePlanner.standard().plan(day);
    assertThat(plan.order()).hasSameSizeAs(day.stops());
  }

  @Property(tries = 100)
  void territoryModelsAreTreesThatEvaluateProfiles(@ForAll("models") TerritoryModel model, @ForAll("profiles") AccountProfile p) {
    assertThat(model.territories()).allSatisfy(t -> assertThat(model.path(t.name()).get(0)).isEqualTo(model.root().name()));
    assertThat(model.evaluate(p)).allSatisfy(m -> assertThat(model.territory(m.territory())).isPresent());
  }

  @Property(tries = 50)
  void generatedValuesVary(@ForAll("pointLists") List<GeoPoint> points) {
    assertThat(points.stream().distinct().count()).isGreaterThan(points.size() / 2);
  }

  @Provide
  Arbitrary<RouteRequest> days() {
    return TerritoryArbitraries.routeRequests(10, true);
  }

  @Provide
  Arbitrary<TerritoryModel> models() {
    return TerritoryArbitraries.territoryModels(TENANT, 8);
  }

  @Provide
  Arbitrary<AccountProfile> profiles() {
    return TerritoryArbitraries.accountProfiles(TENANT);
  }

  @Provide
  Arbitrary<List<GeoPoint>> pointLists() {
    return TerritoryArbitraries.geoPoints().list().ofMinSize(10).ofMaxSize(20);
  }
}
