package io.crmkit.testkit.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.service.escalation.EscalationRecord;
import io.crmkit.service.escalation.EscalationReport;
import io.crmkit.service.escalation.ReportPeriod;
import io.crmkit.service.ivr.CallOutcome;
import io.crmkit.service.ivr.CallerInput;
import io.crmkit.service.ivr.Menu;
import io.crmkit.service.ivr.MenuSimulator;
import io.crmkit.service.routing.Agent;
import io.crmkit.service.routing.LeastLoadedRouting;
import io.crmkit.service.routing.RoutingDecision;
import io.crmkit.service.routing.WorkItem;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RoutingArbitrariesProperties {
  static final TenantId TENANT = TenantId.of("acme");

  @Property(tries = 100)
  void teamsHaveDistinctIdsAndRouteWithoutExceedingCapacity(@ForAll("teams") List<Agent> team, @ForAll("items") WorkItem item) {
    assertThat(team.stream().map(Agent::id).distinct().count()).isEqualTo(team.size());
    RoutingDecision d = LeastLoadedRouting.of(TENANT).route(item, team);
    assertThat(d.candidates()).hasSameSizeAs(team);
    d.agentId().ifPresent(a -> assertThat(team.stream().filter(x -> x.id().equals(a)).findFirst().orElseThrow()
        .take(item)).satisfies(after -> assertThat(after.load()).isLessThanOrEqualTo(after.capacity())));
  }

  @Property(tries = 100)
  void menusAreValidAndEveryCallEnds(@ForAll("menus") Menu menu, @ForAll("calls") List<CallerInput> inputs) {
    assertThat(menu.depth()).isBetween(0, 4);
    assertThat(menu.paths()).isNotEmpty();
    CallOutcome o = MenuSimulator.walk(menu, inputs);
    assertThat(o.kind() == CallOutcome.Kind.QUEUED ? o.queue().isPresent() : !o.messages().isEmpty()).isTrue();
  }

  @Property(tries = 100)
  void escalationRecordsMeasure(@ForAll("records") List<EscalationRecord> records) {
    EscalationReport r = EscalationReport.of(TENANT, records, ReportPeriod.QUARTER, ZoneId.of("Asia/Tokyo"));
    assertThat(r.total()).isEqualTo(records.size());
  }

  /** Over 200 samples the generators vary: several presences, sizes, menu depths, with and without SLA. */
  @Property(tries = 1)
  void generatorsVary() {
    Set<Object> presences = new HashSet<>();
    Set<Integer> sizes = new HashSet<>();
    Set<Boolean> sla = new HashSet<>();
    Set<Integer> depths = new HashSet<>();
    Set<String> skills = new HashSet<>();
    teams().sampleStream().limit(200).forEach(t -> t.forEach(a -> {
      presences.add(a.presence());
      skills.addAll(a.skills().keySet());
    }));
    items().sampleStream().limit(200).forEach(i -> {
      sizes.add(i.size());
      sla.add(i.slaBearing());
    });
    menus().sampleStream().limit(200).forEach(m -> depths.add(m.depth()));
    assertThat(presences).hasSize(4);
    assertThat(sizes).hasSizeGreaterThanOrEqualTo(3);
    assertThat(sla).containsExactlyInAnyOrder(true, false);
    assertThat(depths).hasSizeGreaterThanOrEqualTo(3);
    assertThat(skills).contains("français", "日本語");
  }

  @Provide
  Arbitrary<List<Agent>> teams() {
    return RoutingArbitraries.teams(TENANT, 6);
  }

  @Provide
  Arbitrary<WorkItem> items() {
    return RoutingArbitraries.workItems(TENANT);
  }

  @Provide
  Arbitrary<Menu> menus() {
    return RoutingArbitraries.menus(TENANT, 4);
  }

  @Provide
  Arbitrary<List<CallerInput>> calls() {
    return RoutingArbitraries.callerInputs(25);
  }

  @Provide
  Arbitrary<List<EscalationRecord>> records() {
    return RoutingArbitraries.escalationRecords(TENANT).list().ofMaxSize(30);
  }
}
