package io.crmkit.service.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.service.cases.CaseId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class RoutingProperties {
  static final TenantId ACME = TenantId.of("acme");
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  static final List<String> SKILLS = List.of("billing", "router", "french");

  /**
   * Members 0..steady-1 are available with room the whole time; the others change presence at random (the
   * masks). Over every prefix of the run the steady members' counts differ by at most one, and nobody who could
   * not take the item is ever chosen.
   */
  @Property(tries = 200)
  void roundRobinCountsOfAgentsEligibleThroughoutDifferByAtMostOne(
      @ForAll @IntRange(min = 1, max = 7) int size, @ForAll @IntRange(min = 0, max = 7) int steadyWanted,
      @ForAll("masks") List<Integer> masks) {
    List<String> members = IntStream.range(0, size).mapToObj(i -> "a-" + i).toList();
    int steady = Math.min(size, steadyWanted);
    RoundRobinRouting rr = RoundRobinRouting.of(ACME, "support", members);
    RoundRobinState state = rr.initialState();
    Map<String, Integer> counts = new HashMap<>();
    Presence[] absent = {Presence.BUSY, Presence.AWAY, Presence.OFFLINE};
    int turn = 0;
    for (int mask : masks) {
      List<Agent> agents = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        boolean in = i < steady || (mask >> i & 1) == 1;
        agents.add(Agent.of(ACME, members.get(i), 1_000).withPresence(in ? Presence.AVAILABLE : absent[(mask + i) % 3]));
      }
      RoundRobinPick pick = rr.route(state, WorkItem.builder(ACME, new CaseId("c-" + turn++), "support", T0).build(), agents);
      if (pick.decision().agentId().isEmpty()) {
        assertThat(agents).noneMatch(a -> a.presence().acceptsWork());
        assertThat(pick.state()).isEqualTo(state);
        continue;
      }
      String chosen = pick.decision().agentId().get();
      assertThat(agents.get(members.indexOf(chosen)).presence()).isEqualTo(Presence.AVAILABLE);
      counts.merge(chosen, 1, Integer::sum);
      state = pick.state();
      if (steady > 0) {
        List<Integer> steadyCounts = members.subList(0, steady).stream().map(m -> counts.getOrDefault(m, 0)).toList();
        assertThat(Collections.max(steadyCounts) - Collections.min(steadyCounts))
            .as("steady counts %s after %s", steadyCounts, counts).isLessThanOrEqualTo(1);
      }
    }
  }

  @Provide
  Arbitrary<List<Integer>> masks() {
    return Arbitraries.integers().between(0, 127).list().ofMinSize(1).ofMaxSize(60);
  }

  /**
   * Routing a stream of items of random size through any strategy, and letting the chosen agent take each,
   * never puts any agent over capacity; and an agent is refused an item only when it really does not fit or
   * another check failed.
   */
  @Property(tries = 150)
  void capacityIsNeverExceeded(@ForAll("teams") List<Agent> team, @ForAll("items") List<WorkItem> items,
      @ForAll @IntRange(min = 0, max = 2) int which) {
    List<Agent> agents = new ArrayList<>(team);
    RoundRobinRouting rr = RoundRobinRouting.of(ACME, "support", team.stream().map(Agent::id).toList());
    RoundRobinState state = rr.initialState();
    SkillsBasedRouting skills = SkillsBasedRouting.builder(ACME, Clock.fixed(T0.plusSeconds(300), ZoneOffset.UTC))
        .relaxOptionalSkillsAfter(Duration.ofMinutes(2)).build();
    for (WorkItem item : items) {
      RoutingDecision d;
      if (which == 0) {
        RoundRobinPick pick = rr.route(state, item, agents);
        state = pick.state();
        d = pick.decision();
      } else {
        d = (which == 1 ? LeastLoadedRouting.of(ACME) : skills).route(item, agents);
      }
      if (d.agentId().isPresent()) {
        int at = indexOf(agents, d.agentId().get());
        Agent before = agents.get(at);
        assertThat(before.freeCapacity()).isGreaterThanOrEqualTo(item.size());
        agents.set(at, before.take(item));
      }
      assertThat(agents).allSatisfy(a -> assertThat(a.load()).isLessThanOrEqualTo(a.capacity()));
    }
  }

  /**
   * Every decision explains itself: each offered agent is assessed once; the chosen one is eligible and every
   * other is either excluded for a stated reason or ranked behind; a queued item has no eligible candidate.
   */
  @Property(tries = 150)
  void everyDecisionExplainsItself(@ForAll("teams") List<Agent> team, @ForAll("items") List<WorkItem> items) {
    WorkItem item = items.get(0);
    SkillsBasedRouting skills = SkillsBasedRouting.builder(ACME, Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC))
        .relaxOptionalSkillsAfter(Duration.ofMinutes(2)).build();
    for (RoutingStrategy s : List.of(LeastLoadedRouting.of(ACME), skills)) {
      RoutingDecision d = s.route(item, team);
      assertThat(d.candidates()).extracting(CandidateAssessment::agentId)
          .containsExactlyInAnyOrderElementsOf(team.stream().map(Agent::id).toList());
      assertThat(d.reason()).isNotBlank();
      if (d.routed()) {
        assertThat(d.candidate(d.agentId().get()).orElseThrow().eligible()).isTrue();
      } else {
        assertThat(d.candidates()).noneMatch(CandidateAssessment::eligible);
      }
      for (CandidateAssessment c : d.candidates()) {
        Agent a = team.get(indexOf(team, c.agentId()));
        boolean basicOk = a.presence().acceptsWork() && a.freeCapacity() >= item.size()
            && item.requiredSkills().stream().allMatch(r -> r.metBy(a.level(r.skill())));
        if (s instanceof LeastLoadedRouting) {
          assertThat(c.eligible()).isEqualTo(basicOk);
        } else if (!basicOk) {
          assertThat(c.eligible()).isFalse();
        }
      }
    }
  }

  /** Least-loaded and skills-based decisions do not depend on the order in which the agents are given. */
  @Property(tries = 150)
  void decisionsDoNotDependOnAgentOrder(@ForAll("teams") List<Agent> team, @ForAll("items") List<WorkItem> items,
      @ForAll long seed) {
    List<Agent> shuffled = new ArrayList<>(team);
    Collections.shuffle(shuffled, new Random(seed));
    SkillsBasedRouting skills = SkillsBasedRouting.builder(ACME, Clock.fixed(T0.plusSeconds(200), ZoneOffset.UTC))
        .relaxOptionalSkillsAfter(Duration.ofMinutes(2)).build();
    for (WorkItem item : items) {
      for (RoutingStrategy s : List.of(LeastLoadedRouting.of(ACME), skills)) {
        RoutingDecision a = s.route(item, team);
        RoutingDecision b = s.route(item, shuffled);
        assertThat(b.agentId()).isEqualTo(a.agentId());
        assertThat(b.reason()).isEqualTo(a.reason());
      }
    }
  }

  /** The least-loaded choice has no eligible rival with fewer open SLA items. */
  @Property(tries = 150)
  void leastLoadedHasNoEligibleRivalWithFewerSlaItems(@ForAll("teams") List<Agent> team, @ForAll("items") List<WorkItem> items) {
    for (WorkItem item : items) {
      RoutingDecision d = LeastLoadedRouting.of(ACME).route(item, team);
      d.agentId().ifPresent(chosen -> {
        int mine = team.get(indexOf(team, chosen)).openSlaItems();
        for (CandidateAssessment c : d.candidates()) {
          if (c.eligible()) {
            assertThat(team.get(indexOf(team, c.agentId())).openSlaItems()).isGreaterThanOrEqualTo(mine);
          }
        }
      });
    }
  }

  static int indexOf(List<Agent> agents, String id) {
    for (int i = 0; i < agents.size(); i++) {
      if (agents.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no agent " + id);
  }

  @Provide
  Arbitrary<List<Agent>> teams() {
    Arbitrary<Map<String, Integer>> skills = Arbitraries.maps(Arbitraries.of(SKILLS), Arbitraries.integers().between(1, 10))
        .ofMaxSize(3);
    return Arbitraries.integers().between(1, 6).flatMap(n -> {
      List<Arbitrary<Agent>> each = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String id = "a-" + i;
        each.add(Combinators.combine(Arbitraries.of(Presence.class).injectDuplicates(0.5), Arbitraries.integers().between(0, 8),
                Arbitraries.integers().between(0, 100), Arbitraries.integers().between(0, 5), skills)
            .as((p, cap, loadPct, sla, sk) -> new Agent(ACME, id, p, cap, cap * loadPct / 100, sla, sk)));
      }
      return Combinators.combine(each).as(List::copyOf);
    });
  }

  @Provide
  Arbitrary<List<WorkItem>> items() {
    Arbitrary<List<SkillRequirement>> reqs = Arbitraries.of(SKILLS).set().ofMaxSize(2)
        .flatMap(names -> Combinators.combine(names.stream()
            .map(n -> Arbitraries.integers().between(1, 10).map(l -> SkillRequirement.of(n, l))).toList())
            .as(List::copyOf));
    Arbitrary<WorkItem> item = Combinators.combine(Arbitraries.integers().between(1, 4), reqs, Arbitraries.integers().between(0, 300),
            Arbitraries.of(true, false), Arbitraries.integers().between(0, 9999))
        .as((size, r, ageSeconds, sla, n) -> {
          WorkItem.Builder b = WorkItem.builder(ACME, new CaseId("c-" + n), "support", T0.plusSeconds(ageSeconds))
              .size(size);
          for (int i = 0; i < r.size(); i++) {
            if (i == 0) {
              b.requiring(r.get(i));
            } else {
              b.preferring(r.get(i));
            }
          }
          if (sla) {
            b.slaDueAt(T0.plusSeconds(3600));
          }
          return b.build();
        });
    return item.list().ofMinSize(1).ofMaxSize(20);
  }
}
