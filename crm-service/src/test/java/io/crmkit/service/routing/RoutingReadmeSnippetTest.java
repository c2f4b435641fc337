package io.crmkit.service.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.service.cases.CaseId;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** crm-service/README.md's routing snippet is the body of {@link #routeWork()}, word for word. */
class RoutingReadmeSnippetTest {
  @Test
  void routeWork() {
    TenantId tenant = TenantId.of("acme");
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:12:00Z"), ZoneOffset.UTC);
    // readme:begin
    List<Agent> agents = List.of(
        Agent.of(tenant, "ada", 3).withSkill("router", 5),
        Agent.of(tenant, "bob", 3).withSkill("router", 3).withSkill("french", 4),
        Agent.of(tenant, "cy", 3).withSkill("router", 4).withPresence(Presence.AWAY));
    WorkItem item = WorkItem.builder(tenant, new CaseId("c-42"), "support", Instant.parse("2026-03-02T09:00:00Z"))
        .requiring(SkillRequirement.of("router", 4)).preferring(SkillRequirement.of("french", 2))
        .slaDueAt(Instant.parse("2026-03-02T13:00:00Z")).build();

    // skills-based: nobody has router >= 4 and French, so after 10 minutes French is dropped
    SkillsBasedRouting skills = SkillsBasedRouting.builder(tenant, clock)
        .relaxOptionalSkillsAfter(Duration.ofMinutes(10)).build();
    RoutingDecision decision = skills.route(item, agents);
    System.out.println(decision);          // c-42 -> ada by skills based: optional skills dropped after ...
    decision.candidates().forEach(System.out::println);   // bob excluded: 'router' at 3, needs 4; cy: AWAY

    // round robin: the pointer is a value the host stores with the assignment
    RoundRobinRouting support = RoundRobinRouting.of(tenant, "support", List.of("ada", "bob", "cy"));
    WorkItem chat = WorkItem.builder(tenant, new CaseId("c-43"), "support", clock.instant()).build();
    RoundRobinPick first = support.route(support.initialState(), chat, agents);              // ada
    RoundRobinPick second = support.route(first.state(), chat, agents);                      // bob; cy is away next
    // readme:end

    assertThat(decision.agentId()).contains("ada");
    assertThat(decision.reason()).startsWith("optional skills dropped after waiting PT12M (limit PT10M)");
    assertThat(decision.candidate("bob").orElseThrow().exclusions()).extracting(Exclusion::detail)
        .containsExactly("'router' at 3, needs 4");
    assertThat(decision.candidate("cy").orElseThrow().exclusions()).extracting(Exclusion::reason)
        .containsExactly(ExclusionReason.NOT_AVAILABLE);
    assertThat(first.decision().agentId()).contains("ada");
    assertThat(second.state().lastAgent()).contains("bob");
  }

  @Test
  void readmeShowsThisTestsCode() throws IOException {
    ReadmeSnippet.assertReadmeShows("src/test/java/io/crmkit/service/routing/RoutingReadmeSnippetTest.java");
  }
}
