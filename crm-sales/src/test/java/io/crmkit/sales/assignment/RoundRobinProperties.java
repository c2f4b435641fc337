package io.crmkit.sales.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class RoundRobinProperties {
  static final TenantId TENANT = TenantId.of("acme");

  /**
   * Members 0..steady-1 are present throughout; the others come and go at random (the masks). Over every prefix
   * of the run, the steady members' counts differ by at most one, and nobody absent is ever chosen.
   */
  @Property(tries = 200)
  void membersPresentTheWholeTimeDifferByAtMostOne(
      @ForAll @IntRange(min = 1, max = 7) int size, @ForAll @IntRange(min = 0, max = 7) int steadyWanted,
      @ForAll("masks") List<Integer> masks) {
    List<String> members = IntStream.range(0, size).mapToObj(i -> "u-" + i).toList();
    int steady = Math.min(size, steadyWanted);
    RoundRobin rr = RoundRobin.of(TENANT, "sdr", members);
    RoundRobinState state = rr.initialState();
    Map<String, Integer> counts = new HashMap<>();
    for (int mask : masks) {
      Set<String> present = IntStream.range(0, size).filter(i -> i < steady || (mask >> i & 1) == 1)
          .mapToObj(members::get).collect(Collectors.toSet());
      RoundRobinPick pick = rr.next(state, present::contains);
      if (present.isEmpty()) {
        assertThat(pick.decision().assigned()).isFalse();
        assertThat(pick.state()).isEqualTo(state);
        continue;
      }
      String chosen = pick.decision().assignee().orElseThrow().id();
      assertThat(present).contains(chosen);
      counts.merge(chosen, 1, Integer::sum);
      state = pick.state();
      List<Integer> steadyCounts = new ArrayList<>();
      for (int i = 0; i < steady; i++) {
        steadyCounts.add(counts.getOrDefault(members.get(i), 0));
      }
      if (!steadyCounts.isEmpty()) {
        int max = steadyCounts.stream().max(Integer::compare).orElseThrow();
        int min = steadyCounts.stream().min(Integer::compare).orElseThrow();
        assertThat(max - min).as("steady counts %s after %s", steadyCounts, counts).isLessThanOrEqualTo(1);
      }
    }
  }

  @Property(tries = 100)
  void withEveryonePresentItCyclesThroughTheListInOrder(
      @ForAll @IntRange(min = 1, max = 9) int size, @ForAll @IntRange(min = 0, max = 40) int turns) {
    List<String> members = IntStream.range(0, size).mapToObj(i -> "u-" + i).toList();
    RoundRobin rr = RoundRobin.of(TENANT, "sdr", members);
    RoundRobinState state = rr.initialState();
    for (int t = 0; t < turns; t++) {
      RoundRobinPick pick = rr.next(state);
      assertThat(pick.decision().assignee()).contains(AssignmentTarget.user(members.get(t % size)));
      state = pick.state();
    }
  }

  @Provide
  Arbitrary<List<Integer>> masks() {
    return Arbitraries.integers().between(0, 127).list().ofMaxSize(120);
  }
}
