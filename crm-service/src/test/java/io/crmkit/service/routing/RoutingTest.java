package io.crmkit.service.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.service.cases.CaseId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RoutingTest {
  static final TenantId ACME = TenantId.of("acme");
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  static WorkItem.Builder item(String id) {
    return WorkItem.builder(ACME, new CaseId(id), "support", T0);
  }

  @Nested
  @DisplayName("round robin")
  class RoundRobin {
    RoundRobinRouting rr = RoundRobinRouting.of(ACME, "support", List.of("ada", "bob", "cy"));
    List<Agent> all = List.of(Agent.of(ACME, "ada", 5), Agent.of(ACME, "bob", 5), Agent.of(ACME, "cy", 5));

    @Test
    @DisplayName("hands items out in member order and wraps around")
    void turns() {
      RoundRobinState s = rr.initialState();
      StringBuilder order = new StringBuilder();
      for (int i = 0; i < 4; i++) {
        RoundRobinPick p = rr.route(s, item("c-" + i).build(), all);
        order.append(p.decision().agentId().orElseThrow()).append(' ');
        s = p.state();
      }
      assertThat(order.toString()).isEqualTo("ada bob cy ada ");
      assertThat(s.lastAgent()).contains("ada");
      assertThat(s.lastPosition()).isZero();
    }

    @Test
    @DisplayName("skips an away agent without giving them credit later")
    void skipsAway() {
      RoundRobinPick first = rr.route(rr.initialState(), item("c-1").build(), all);
      List<Agent> bobAway = List.of(all.get(0), all.get(1).withPresence(Presence.AWAY), all.get(2));
      RoundRobinPick second = rr.route(first.state(), item("c-2").build(), bobAway);
      assertThat(second.decision().agentId()).contains("cy");
      assertThat(second.decision().reason()).contains("next in turn after ada").contains("skipped bob")
          .contains("presence AWAY");
      assertThat(second.decision().candidate("bob").orElseThrow().exclusions())
          .extracting(Exclusion::reason).containsExactly(ExclusionReason.NOT_AVAILABLE);
      // bob is back: the turn goes on after cy, to ada, not back to bob
      assertThat(rr.route(second.state(), item("c-3").build(), all).decision().agentId()).contains("ada");
    }

    @Test
    @DisplayName("treats a member without a snapshot as offline and skips one too full for the item")
    void missingAndFull() {
      List<Agent> agents = List.of(Agent.of(ACME, "ada", 2).withLoad(1, 0), Agent.of(ACME, "cy", 4));
      RoundRobinPick p = rr.route(rr.initialState(), item("c-1").size(2).build(), agents);
      assertThat(p.decision().agentId()).contains("cy");
      assertThat(p.decision().candidate("ada").orElseThrow().exclusions().get(0).detail())
          .isEqualTo("needs 2 units, 1 of 2 free");
      assertThat(p.decision().candidate("bob").orElseThrow().exclusions().get(0).detail())
          .isEqualTo("no presence reported for bob");
    }

    @Test
    @DisplayName("queues the item and keeps the pointer when nobody can take it")
    void nobody() {
      RoundRobinState s = rr.route(rr.initialState(), item("c-1").build(), all).state();
      List<Agent> none = all.stream().map(a -> a.withPresence(Presence.OFFLINE)).toList();
      RoundRobinPick p = rr.route(s, item("c-2").build(), none);
      assertThat(p.decision().routed()).isFalse();
      assertThat(p.state()).isEqualTo(s);
      assertThat(p.decision().candidates()).hasSize(3).noneMatch(CandidateAssessment::eligible);
      assertThat(p.decision().reason()).startsWith("none of the 3 members can take it");
    }

    @Test
    @DisplayName("continues from the position of a member who has left")
    void memberLeft() {
      RoundRobinState s = new RoundRobinState(ACME, "support", java.util.Optional.of("zoe"), 1);
      assertThat(rr.route(s, item("c-1").build(), all).decision().agentId()).contains("bob");
    }

    @Test
    @DisplayName("refuses a pointer of another queue and agents of another tenant")
    void refusesForeignInput() {
      RoundRobinState other = RoundRobinRouting.of(ACME, "billing", List.of("ada")).initialState();
      assertThatThrownBy(() -> rr.route(other, item("c-1").build(), all))
          .isInstanceOf(ValidationException.class).extracting("field").isEqualTo("state");
      List<Agent> foreign = List.of(Agent.of(TenantId.of("globex"), "ada", 5));
      assertThatThrownBy(() -> rr.route(rr.initialState(), item("c-1").build(), foreign))
          .isInstanceOf(ValidationException.class).hasMessageContaining("globex");
      assertThatThrownBy(() -> RoundRobinRouting.of(ACME, "support", List.of("ada", "ada")))
          .isInstanceOf(ValidationException.class).hasMessageContaining("twice");
    }
  }

  @Nested
  @DisplayName("least loaded")
  class LeastLoaded {
    LeastLoadedRouting routing = LeastLoadedRouting.of(ACME);

    @Test
    @DisplayName("picks the agent with fewest open SLA items, not the one with least load")
    void fewestSlaItems() {
      List<Agent> agents = List.of(Agent.of(ACME, "ada", 10).withLoad(1, 1), Agent.of(ACME, "bob", 10).withLoad(6, 0),
          Agent.of(ACME, "cy", 10).withLoad(0, 0).withPresence(Presence.BUSY));
      RoutingDecision d = routing.route(item("c-1").build(), agents);
      assertThat(d.agentId()).contains("bob");
      assertThat(d.reason()).isEqualTo("fewest open SLA items (0) of 2 eligible; next ada with 1");
      assertThat(d.candidate("cy").orElseThrow().eligible()).isFalse();
    }

    @Test
    @DisplayName("breaks ties by load, then by agent id")
    void ties() {
      Agent ada = Agent.of(ACME, "ada", 10).withLoad(3, 1);
      Agent bob = Agent.of(ACME, "bob", 10).withLoad(2, 1);
      Agent cy = Agent.of(ACME, "cy", 10).withLoad(2, 1);
      RoutingDecision d = routing.route(item("c-1").build(), List.of(cy, ada, bob));
      assertThat(d.agentId()).contains("bob");
      assertThat(d.reason()).endsWith("tie with cy on load 2 broken by agent id");
      RoutingDecision d2 = routing.route(item("c-1").build(), List.of(ada, cy.withLoad(1, 1), bob));
      assertThat(d2.agentId()).contains("cy");
      assertThat(d2.reason()).endsWith("tie with bob broken by lower load 1 vs 2");
    }

    @Test
    @DisplayName("queues when nobody is eligible and says why for each")
    void nobody() {
      RoutingDecision d = routing.route(item("c-1").requiring(SkillRequirement.of("german", 2)).build(),
          List.of(Agent.of(ACME, "ada", 10).withSkill("german", 1), Agent.of(ACME, "bob", 0)));
      assertThat(d.routed()).isFalse();
      assertThat(d.reason()).isEqualTo("none of the 2 agents can take it");
      assertThat(d.candidate("ada").orElseThrow().exclusions()).extracting(Exclusion::detail)
          .containsExactly("'german' at 1, needs 2");
      assertThat(d.candidate("bob").orElseThrow().exclusions()).extracting(Exclusion::reason)
          .containsExactly(ExclusionReason.AT_CAPACITY, ExclusionReason.MISSING_REQUIRED_SKILL);
      assertThat(routing.route(item("c-1").build(), List.of()).reason()).isEqualTo("no agents were offered");
    }
  }

  @Nested
  @DisplayName("skills based")
  class SkillsBased {
    Agent ada = Agent.of(ACME, "ada", 5).withSkill("router", 5);
    Agent bob = Agent.of(ACME, "bob", 5).withSkill("router", 3).withSkill("french", 4);
    WorkItem frenchRouter = item("c-1").requiring(SkillRequirement.of("router", 4))
        .preferring(SkillRequirement.of("french", 2)).build();

    SkillsBasedRouting at(Instant now) {
      return SkillsBasedRouting.builder(ACME, Clock.fixed(now, ZoneOffset.UTC))
          .relaxOptionalSkillsAfter(Duration.ofMinutes(10)).build();
    }

    @Test
    @DisplayName("keeps an item queued while only optional skills are missing, and says when they drop")
    void waitsForOptional() {
      RoutingDecision d = at(T0.plusSeconds(60)).route(frenchRouter, List.of(ada, bob));
      assertThat(d.routed()).isFalse();
      assertThat(d.reconsiderAt()).contains(T0.plus(Duration.ofMinutes(10)));
      assertThat(d.candidate("ada").orElseThrow().exclusions()).extracting(Exclusion::reason)
          .containsExactly(ExclusionReason.MISSING_OPTIONAL_SKILL);
      assertThat(d.candidate("bob").orElseThrow().exclusions()).extracting(Exclusion::detail)
          .containsExactly("'router' at 3, needs 4");
      assertThat(d.reason()).contains("1 would qualify once optional skills drop at 2026-03-02T09:10:00Z");
    }

    @Test
    @DisplayName("drops optional skills after the wait and routes to the one meeting the required levels")
    void relaxes() {
      RoutingDecision d = at(T0.plus(Duration.ofMinutes(10))).route(frenchRouter, List.of(ada, bob));
      assertThat(d.agentId()).contains("ada");
      assertThat(d.reason()).startsWith("optional skills dropped after waiting PT10M (limit PT10M)");
    }

    @Test
    @DisplayName("prefers the agent meeting most optional skills once they only rank")
    void ranksByOptional() {
      Agent cy = Agent.of(ACME, "cy", 5).withSkill("router", 4).withSkill("french", 2).withLoad(3, 3);
      RoutingDecision d = at(T0.plus(Duration.ofHours(1))).route(frenchRouter, List.of(ada, cy));
      assertThat(d.agentId()).contains("cy");
      assertThat(d.reason()).contains("most optional skills met (1/1)");
      RoutingDecision early = at(T0).route(frenchRouter, List.of(ada, cy));
      assertThat(early.agentId()).contains("cy");
      assertThat(early.reason()).startsWith("optional skills required until 2026-03-02T09:10:00Z");
    }

    @Test
    @DisplayName("never drops optional skills without a configured wait")
    void neverRelaxed() {
      SkillsBasedRouting strict = SkillsBasedRouting.builder(ACME, Clock.fixed(T0.plus(Duration.ofDays(3)), ZoneOffset.UTC))
          .build();
      RoutingDecision d = strict.route(frenchRouter, List.of(ada));
      assertThat(d.routed()).isFalse();
      assertThat(d.reconsiderAt()).isEmpty();
      assertThat(d.reason()).contains("(never dropped)");
      assertThatThrownBy(() -> SkillsBasedRouting.builder(ACME, Clock.systemUTC())
          .relaxOptionalSkillsAfter(Duration.ofMinutes(-1)).build())
          .isInstanceOf(ValidationException.class).extracting("field").isEqualTo("relaxOptionalSkillsAfter");
    }
  }

  @Nested
  @DisplayName("values")
  class Values {
    @Test
    @DisplayName("validate their arguments and name what is wrong")
    void validation() {
      assertThatThrownBy(() -> WorkItem.builder(ACME, null, "q", T0)).isInstanceOf(NullPointerException.class)
          .hasMessage("caseId");
      assertThatThrownBy(() -> item("c").size(0).build()).isInstanceOf(ValidationException.class)
          .extracting("field").isEqualTo("size");
      assertThatThrownBy(() -> item("c").requiring(SkillRequirement.of("a", 1)).preferring(SkillRequirement.of("a", 2))
          .build()).isInstanceOf(ValidationException.class).extracting("field").isEqualTo("optionalSkills");
      assertThatThrownBy(() -> SkillRequirement.of("a", 11)).isInstanceOf(ValidationException.class)
          .extracting("field").isEqualTo("minimumLevel");
      assertThatThrownBy(() -> Agent.of(ACME, "ada", 1).withSkill("x", 0)).isInstanceOf(ValidationException.class)
          .extracting("field").isEqualTo("skills");
      assertThatThrownBy(() -> LeastLoadedRouting.of(ACME).route(item("c").build(),
          List.of(Agent.of(ACME, "ada", 1), Agent.of(ACME, "ada", 2))))
          .isInstanceOf(ValidationException.class).hasMessageContaining("two snapshots");
    }

    @Test
    @DisplayName("an agent taking an item adds its size and, for SLA work, one SLA item")
    void take() {
      Agent a = Agent.of(ACME, "ada", 5).take(item("c").size(2).slaDueAt(T0.plusSeconds(3600)).build())
          .take(item("d").build());
      assertThat(a.load()).isEqualTo(3);
      assertThat(a.openSlaItems()).isEqualTo(1);
      assertThat(a.freeCapacity()).isEqualTo(2);
      assertThat(WorkPriority.HIGH.raised()).isEqualTo(WorkPriority.URGENT);
      assertThat(WorkPriority.URGENT.raised()).isEqualTo(WorkPriority.URGENT);
    }
  }
}
