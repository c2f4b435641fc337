package io.crmkit.sales;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.json.CrmJson;
import io.crmkit.sales.assignment.AssignmentTarget;
import io.crmkit.sales.assignment.RecordAssigned;
import io.crmkit.sales.assignment.RoundRobin;
import io.crmkit.sales.assignment.RoundRobinState;
import io.crmkit.sales.geo.GeoPoint;
import io.crmkit.sales.geo.RoutePlan;
import io.crmkit.sales.geo.RoutePlanner;
import io.crmkit.sales.geo.RouteRequest;
import io.crmkit.sales.geo.Stop;
import io.crmkit.sales.geo.TimeWindow;
import io.crmkit.sales.territory.AccountCondition;
import io.crmkit.sales.territory.Territory;
import io.crmkit.sales.territory.TerritoryRule;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The values hosts persist or publish — the assignment event, the round-robin pointer, territories with their
 * rules, route requests and plans — round-trip through crm-core's {@link CrmJson} (the outbox and document
 * stores use it).
 */
class TerritoryGeoJsonTest {
  static final TenantId TENANT = TenantId.of("acme");

  @Test
  void theAssignmentEventAndTheRoundRobinPointerRoundTrip() {
    RecordAssigned e = new RecordAssigned(TENANT, new RecordRef("lead", "l-1"), AssignmentTarget.queue("dach"),
        "rule 'dach' of 'lead-intake'", "country is DE", Instant.parse("2026-03-02T09:00:00Z"));
    String json = CrmJson.write(e);
    assertThat(json).contains("\"record\":\"lead:l-1\"", "\"kind\":\"QUEUE\"");
    assertThat(CrmJson.read(json, RecordAssigned.class)).isEqualTo(e);

    RoundRobin rr = RoundRobin.of(TENANT, "sdr", List.of("ann", "bob"));
    RoundRobinState afterAnn = rr.next(rr.initialState()).state();
    assertThat(CrmJson.read(CrmJson.write(afterAnn), RoundRobinState.class)).isEqualTo(afterAnn);
    assertThat(CrmJson.read(CrmJson.write(rr.initialState()), RoundRobinState.class)).isEqualTo(rr.initialState());
  }

  @Test
  void territoriesWithEveryKindOfConditionRoundTrip() {
    Territory t = Territory.child("dach", "world").withMembers(List.of("u-1"))
        .withRule(new TerritoryRule("all", List.of(AccountCondition.country("DE", "AT"), AccountCondition.region("Bayern"),
            AccountCondition.postcodePrefix("80"), AccountCondition.postcodeRange("10000", "14999"),
            AccountCondition.industry("Retail"), AccountCondition.employeesBetween(10, 99),
            AccountCondition.revenueBetween(Optional.of(new BigDecimal("1000000")), Optional.empty()))));
    String json = CrmJson.write(t);
    assertThat(json).contains("\"type\":\"COUNTRY_IN\"", "\"type\":\"POSTCODE_RANGE\"");
    assertThat(CrmJson.read(json, Territory.class)).isEqualTo(t);
  }

  @Test
  void routeRequestsAndPlansRoundTrip() {
    LocalDateTime day = LocalDateTime.of(2026, 3, 2, 8, 0);
    RouteRequest request = RouteRequest.of(GeoPoint.of(48.137, 11.575), day, List.of(
        Stop.of("ACME", GeoPoint.of(48.2, 11.6), Duration.ofMinutes(45)),
        Stop.of("Globex", GeoPoint.of(48.05, 11.45), Duration.ofMinutes(30))
            .withWindow(TimeWindow.of(day.withHour(10), day.withHour(11)))), 40).withEnd(GeoPoint.of(48.137, 11.575));
    assertThat(CrmJson.read(CrmJson.write(request), RouteRequest.class)).isEqualTo(request);
    RoutePlan plan = RoutePlanner.standard().plan(request);
    assertThat(CrmJson.read(CrmJson.write(plan), RoutePlan.class)).isEqualTo(plan);
  }
}
