package io.crmkit.sales.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AssignmentTest {
  static final TenantId TENANT = TenantId.of("acme");

  record Inbound(String country, int employees) {}

  @Nested
  @DisplayName("assignment rules")
  class Rules {
    final AssignmentRules<Inbound> intake = AssignmentRules.<Inbound>builder(TENANT, "lead-intake")
        .rule("dach", "country is DE, AT or CH", l -> Set.of("DE", "AT", "CH").contains(l.country()),
            AssignmentTarget.queue("dach"))
        .rule("big", "more than 1000 employees", l -> l.employees() > 1000, AssignmentTarget.user("u-7"))
        .orElse(AssignmentTarget.queue("inbound"));

    @Test
    void theFirstMatchingRuleWinsAndSaysSo() {
      AssignmentDecision d = intake.decide(new Inbound("DE", 5000));
      assertThat(d.assignee()).contains(AssignmentTarget.queue("dach"));
      assertThat(d.decidedBy()).isEqualTo("rule 'dach' of 'lead-intake'");
      assertThat(d.reason()).contains("country is DE, AT or CH", "first rule");
      AssignmentDecision big = intake.decide(new Inbound("US", 5000));
      assertThat(big.assignee()).contains(AssignmentTarget.user("u-7"));
      assertThat(big.reason()).contains("rule 2", "the 1 before it did not match");
    }

    @Test
    void theDefaultTakesWhatNoRuleMatches() {
      AssignmentDecision d = intake.decide(new Inbound("US", 10));
      assertThat(d.assignee()).contains(AssignmentTarget.queue("inbound"));
      assertThat(d.decidedBy()).isEqualTo("default of 'lead-intake'");
      assertThat(d.reason()).isEqualTo("none of the 2 rules matched");
      assertThat(d.assignee().orElseThrow().toOwner()).isEqualTo(Owner.team("inbound"));
    }

    @Test
    void ruleNamesAreUniqueAndTheDefaultIsRequired() {
      AssignmentRules.Builder<Inbound> b = AssignmentRules.<Inbound>builder(TENANT, "x")
          .rule("a", "always", l -> true, AssignmentTarget.user("u-1"));
      assertThatThrownBy(() -> b.rule("a", "again", l -> true, AssignmentTarget.user("u-2")))
          .isInstanceOf(ValidationException.class).hasMessageContaining("'a' is used twice");
      assertThatThrownBy(() -> b.orElse(null)).isInstanceOf(NullPointerException.class).hasMessage("defaultTarget");
    }
  }

  @Nested
  @DisplayName("round robin")
  class Turns {
    final RoundRobin rr = RoundRobin.of(TENANT, "sdr", List.of("ann", "bob", "cem"));

    @Test
    void skipsAbsentMembersWithoutOwingThemATurn() {
      RoundRobinPick first = rr.next(rr.initialState());
      assertThat(first.decision().assignee()).contains(AssignmentTarget.user("ann"));
      assertThat(first.decision().reason()).isEqualTo("first turn");
      RoundRobinPick second = rr.next(first.state(), m -> !m.equals("bob"));
      assertThat(second.decision().assignee()).contains(AssignmentTarget.user("cem"));
      assertThat(second.decision().reason()).isEqualTo("next after ann; skipped bob (absent)");
      // bob is back: the turn goes on from cem to ann, bob gets no catch-up
      RoundRobinPick third = rr.next(second.state());
      assertThat(third.decision().assignee()).contains(AssignmentTarget.user("ann"));
    }

    @Test
    void continuesFromTheSlotOfAMemberWhoLeft() {
      RoundRobinState afterBob = rr.next(rr.next(rr.initialState()).state()).state();
      assertThat(afterBob.lastMember()).contains("bob");
      RoundRobin without = RoundRobin.of(TENANT, "sdr", List.of("ann", "cem", "dan"));
      assertThat(without.next(afterBob).decision().assignee()).contains(AssignmentTarget.user("cem"));
    }

    @Test
    void nobodyPresentAssignsNobodyAndKeepsThePointer() {
      RoundRobinState s = rr.next(rr.initialState()).state();
      RoundRobinPick none = rr.next(s, m -> false);
      assertThat(none.decision().assigned()).isFalse();
      assertThat(none.decision().reason()).isEqualTo("none of the 3 members is present");
      assertThat(none.state()).isEqualTo(s);
    }

    @Test
    void refusesAnotherRoundRobinsStateAndDuplicateMembers() {
      RoundRobin other = RoundRobin.of(TenantId.of("globex"), "sdr", List.of("ann"));
      assertThatThrownBy(() -> rr.next(other.initialState())).isInstanceOf(ValidationException.class)
          .hasMessageContaining("of tenant globex");
      assertThatThrownBy(() -> RoundRobin.of(TENANT, "x", List.of("a", "a"))).hasMessageContaining("'a' twice");
      assertThatThrownBy(() -> RoundRobin.of(TENANT, "x", List.of())).hasMessageContaining("at least one");
    }
  }

  @Nested
  @DisplayName("capacity allocation")
  class Capacity {
    final CapacityAllocation team = CapacityAllocation.of(TENANT, "inside-sales",
        List.of(new CapacityMember("u-1", 30), new CapacityMember("u-2", 10), new CapacityMember("u-3", 10)));

    @Test
    void picksTheLargestShareOfFreeCapacity() {
      // u-1 has 18/30 = 60% free, u-2 7/10 = 70%, u-3 5/10 = 50%
      AssignmentDecision d = team.assign(Map.of("u-1", 12, "u-2", 3, "u-3", 5));
      assertThat(d.assignee()).contains(AssignmentTarget.user("u-2"));
      assertThat(d.reason()).isEqualTo("most capacity free: 7 of 10 (70%) with 3 assigned");
      assertThat(d.decidedBy()).isEqualTo("capacity allocation 'inside-sales'");
    }

    @Test
    void onEqualSharesTheMemberWithMorePlacesWins() {
      assertThat(team.assign(Map.of()).assignee()).contains(AssignmentTarget.user("u-1"));
      assertThat(team.assign(Map.of("u-1", 15, "u-2", 5, "u-3", 5)).assignee()).contains(AssignmentTarget.user("u-1"));
    }

    @Test
    void distributesInProportionToCapacity() {
      Map<String, Integer> load = new java.util.HashMap<>();
      for (int i = 0; i < 50; i++) {
        String u = team.assign(load).assignee().orElseThrow().id();
        load.merge(u, 1, Integer::sum);
      }
      assertThat(load).containsEntry("u-1", 30).containsEntry("u-2", 10).containsEntry("u-3", 10);
      AssignmentDecision full = team.assign(load);
      assertThat(full.assigned()).isFalse();
      assertThat(full.reason()).isEqualTo("every member is at capacity: u-1 30/30, u-2 10/10, u-3 10/10");
    }

    @Test
    void refusesNegativeLoadsAndCapacities() {
      assertThatThrownBy(() -> team.assign(Map.of("u-1", -1))).isInstanceOf(ValidationException.class)
          .hasMessageContaining("u-1");
      assertThatThrownBy(() -> new CapacityMember("u", 0)).hasMessageContaining("capacity");
    }
  }

  @Test
  void anAssignmentBecomesAnEventAtTheClocksInstant() {
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    RecordRef lead = new RecordRef("lead", "l-1");
    AssignmentDecision d = RoundRobin.of(TENANT, "sdr", List.of("ann")).next(
        RoundRobin.of(TENANT, "sdr", List.of("ann")).initialState()).decision();
    RecordAssigned e = RecordAssigned.of(TENANT, lead, d, clock);
    assertThat(e.assignee()).isEqualTo(AssignmentTarget.user("ann"));
    assertThat(e.occurredAt()).isEqualTo(clock.instant());
    assertThat(e.subjects()).containsExactly(lead);
    assertThat(e.decidedBy()).isEqualTo("round robin 'sdr'");
    AssignmentDecision nobody = RoundRobin.of(TENANT, "sdr", List.of("ann"))
        .next(RoundRobin.of(TENANT, "sdr", List.of("ann")).initialState(), m -> false).decision();
    assertThatThrownBy(() -> RecordAssigned.of(TENANT, lead, nobody, clock)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("assigned nobody");
  }
}
