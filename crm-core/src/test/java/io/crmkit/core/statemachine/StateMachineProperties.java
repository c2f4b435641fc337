package io.crmkit.core.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

class StateMachineProperties {
  @Provide
  Arbitrary<StateMachineSpec> machines() {
    return RandomMachines.specs();
  }

  private static StateMachine<Integer> compile(StateMachineSpec spec) {
    return spec.compile(RandomMachines.GUARDS);
  }

  @Property(tries = 200)
  void walksNeverLeaveTheStateSet(
      @ForAll("machines") StateMachineSpec spec,
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 499) Integer> steps) {
    StateMachine<Integer> m = compile(spec);
    String state = m.initial();
    for (int step : steps) {
      String event = RandomMachines.eventOf(step);
      int context = RandomMachines.contextOf(step);
      Decision d = m.fire(state, event, context);
      assertThat(d.from()).isEqualTo(state);
      assertThat(d.event()).isEqualTo(event);
      assertThat(m.states()).contains(d.state());
      assertThat(d.isAccepted()).isEqualTo(m.availableEvents(state, context).contains(event));
      Statistics.label("outcome").collect(outcome(d));
      state = d.state();
    }
    Statistics.label("shape").collect(m.terminals().isEmpty() ? "no terminal" : "has terminal");
    Statistics.label("outcome").coverage(c -> {
      c.check("accepted").percentage(p -> p > 10);
      c.check("guards refused").percentage(p -> p > 1);
      c.check("terminal").percentage(p -> p > 1);
    });
    Statistics.label("shape").coverage(c -> c.check("has terminal").percentage(p -> p > 20));
  }

  private static String outcome(Decision d) {
    if (d.isAccepted()) {
      return "accepted";
    }
    String reason = ((Decision.Refused) d).reason();
    if (reason.startsWith("every guard refused")) {
      return "guards refused";
    }
    return reason.contains("terminal") ? "terminal" : "no such event";
  }

  @Property(tries = 200)
  void terminalStatesAreAbsorbing(
      @ForAll("machines") StateMachineSpec spec, @ForAll @IntRange(min = 0, max = 99) int context) {
    StateMachine<Integer> m = compile(spec);
    for (String terminal : m.terminals()) {
      assertThat(m.events(terminal)).isEmpty();
      for (String event : RandomMachines.allEvents()) {
        Decision d = m.fire(terminal, event, context);
        assertThat(d).isInstanceOf(Decision.Refused.class);
        assertThat(d.state()).isEqualTo(terminal);
      }
    }
  }

  @Property(tries = 200)
  void aRefusalLeavesTheStateUnchangedAndFiringIsPure(
      @ForAll("machines") StateMachineSpec spec, @ForAll @IntRange(min = 0, max = 99) int context) {
    StateMachine<Integer> m = compile(spec);
    for (String state : m.states()) {
      for (String event : RandomMachines.allEvents()) {
        Decision d = m.fire(state, event, context);
        assertThat(m.fire(state, event, context)).isEqualTo(d);
        if (d instanceof Decision.Refused r) {
          assertThat(r.state()).isEqualTo(state);
          assertThat(r.reason()).isNotBlank();
        } else {
          assertThat(m.events(state)).contains(event);
        }
      }
    }
  }

  @Property(tries = 200)
  void everyNonTerminalStateHasAnEvent(@ForAll("machines") StateMachineSpec spec) {
    StateMachine<Integer> m = compile(spec);
    for (String state : m.states()) {
      assertThat(m.events(state).isEmpty()).isEqualTo(m.isTerminal(state));
    }
  }

  @Property(tries = 200)
  void specCompileSpecRoundTrips(
      @ForAll("machines") StateMachineSpec spec,
      @ForAll @Size(max = 20) List<@IntRange(min = 0, max = 499) Integer> steps) {
    StateMachine<Integer> m = compile(spec);
    assertThat(m.spec()).isEqualTo(spec);
    StateMachine<Integer> again = m.spec().compile(m.guards());
    assertThat(again.spec()).isEqualTo(spec);
    String a = m.initial();
    String b = again.initial();
    for (int step : steps) {
      Decision da = m.fire(a, RandomMachines.eventOf(step), RandomMachines.contextOf(step));
      Decision db = again.fire(b, RandomMachines.eventOf(step), RandomMachines.contextOf(step));
      assertThat(db).isEqualTo(da);
      a = da.state();
      b = db.state();
    }
  }

  @Property(tries = 100)
  void anUnreachableStateIsReported(@ForAll("machines") StateMachineSpec spec) {
    List<String> states = new ArrayList<>(spec.states());
    states.add("orphan");
    StateMachineSpec broken = new StateMachineSpec(
        spec.name(), states, spec.initial(), spec.terminals(), spec.transitions(), spec.fromAnyNonTerminal());
    List<String> withTerminalOrphan = new ArrayList<>(spec.terminals());
    withTerminalOrphan.add("orphan");
    StateMachineSpec brokenTerminal = new StateMachineSpec(
        spec.name(), states, spec.initial(), withTerminalOrphan, spec.transitions(), spec.fromAnyNonTerminal());
    assertThatThrownBy(() -> compile(brokenTerminal))
        .isInstanceOf(StateMachineDefinitionException.class)
        .hasMessageContaining("[orphan] cannot be reached");
    assertThatThrownBy(() -> compile(broken))
        .isInstanceOf(StateMachineDefinitionException.class)
        .hasMessageContaining("[orphan] cannot be reached");
  }

  @Property(tries = 200)
  void timesInStatesSumToTheAgeOfTheHistory(
      @ForAll("machines") StateMachineSpec spec,
      @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 499) Integer> steps,
      @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 100_000) Integer> gaps,
      @ForAll @IntRange(min = 0, max = 100_000) int tail) {
    StateMachine<Integer> m = compile(spec);
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    Instant at = start;
    StateHistory h = StateHistory.start(m.initial(), start);
    for (int i = 0; i < steps.size(); i++) {
      int step = steps.get(i);
      Decision d = m.fire(h.current(), RandomMachines.eventOf(step), RandomMachines.contextOf(step));
      at = at.plusSeconds(i < gaps.size() ? gaps.get(i) : 1);
      if (d instanceof Decision.Accepted a) {
        h = h.record(a, at);
      }
    }
    Instant now = h.enteredAt().plusSeconds(tail);
    Duration total = h.timeInStates(now).values().stream().reduce(Duration.ZERO, Duration::plus);
    assertThat(total).isEqualTo(Duration.between(start, now));
    assertThat(h.timeIn(h.current(), now)).isGreaterThanOrEqualTo(Duration.between(h.enteredAt(), now));
    for (StateChange c : h.changes()) {
      assertThat(m.states()).contains(c.to());
    }
  }
}
