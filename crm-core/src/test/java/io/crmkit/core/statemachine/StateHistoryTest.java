package io.crmkit.core.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StateHistoryTest {
  static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  static Decision.Accepted move(String from, String event, String to) {
    return new Decision.Accepted(from, event, to, List.of());
  }

  @Test
  @DisplayName("adds up the time of every stay in a state, including the current one")
  void timeInStates() {
    StateHistory h = StateHistory.start("new", T0)
        .record(move("new", "work", "working"), T0.plus(Duration.ofHours(2)))
        .record(move("working", "park", "nurturing"), T0.plus(Duration.ofHours(5)))
        .record(move("nurturing", "work", "working"), T0.plus(Duration.ofHours(9)));
    Instant now = T0.plus(Duration.ofHours(10));
    assertThat(h.current()).isEqualTo("working");
    assertThat(h.enteredAt()).isEqualTo(T0.plus(Duration.ofHours(9)));
    assertThat(h.startedAt()).isEqualTo(T0);
    assertThat(h.timeIn("working", now)).isEqualTo(Duration.ofHours(4));
    assertThat(h.timeIn("converted", now)).isEqualTo(Duration.ZERO);
    assertThat(h.timeInStates(now)).containsExactly(
        Map.entry("new", Duration.ofHours(2)),
        Map.entry("working", Duration.ofHours(4)),
        Map.entry("nurturing", Duration.ofHours(4)));
    assertThat(h.changes()).hasSize(4);
    assertThat(h.changes().get(0).isStart()).isTrue();
    assertThat(h.changes().get(3)).isEqualTo(
        new StateChange(Optional.of("nurturing"), "working", "work", T0.plus(Duration.ofHours(9))));
  }

  @Test
  @DisplayName("refuses a decision made in another state")
  void wrongFrom() {
    StateHistory h = StateHistory.start("new", T0);
    assertThatThrownBy(() -> h.record(move("working", "qualify", "qualified"), T0))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("history is in 'new'");
  }

  @Test
  @DisplayName("refuses time going backwards, in record and in the queries")
  void timeGoesForward() {
    StateHistory h = StateHistory.start("new", T0);
    assertThatThrownBy(() -> h.record(move("new", "work", "working"), T0.minusSeconds(1)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("backwards");
    assertThatThrownBy(() -> h.timeIn("new", T0.minusSeconds(1))).isInstanceOf(ValidationException.class);
  }

  @Test
  @DisplayName("checks that its entries form a chain that starts with a start")
  void chain() {
    assertThatThrownBy(() -> new StateHistory(List.of())).isInstanceOf(ValidationException.class);
    StateChange start = new StateChange(Optional.empty(), "new", StateChange.START, T0);
    StateChange jump = new StateChange(Optional.of("working"), "qualified", "qualify", T0);
    assertThatThrownBy(() -> new StateHistory(List.of(start, jump)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("must leave 'new'");
    assertThatThrownBy(() -> new StateHistory(List.of(jump))).isInstanceOf(ValidationException.class);
  }

  @Test
  @DisplayName("works with a machine's decisions")
  void withMachine() {
    StateMachine<StateMachineTest.Lead> lead = StateMachineTest.LEAD;
    StateMachineTest.Lead ready = StateMachineTest.READY;
    StateHistory h = StateHistory.start(lead.initial(), T0);
    h = h.record(lead.fireOrThrow(h.current(), "work", ready), T0.plusSeconds(60));
    h = h.record(lead.fireOrThrow(h.current(), "qualify", ready), T0.plusSeconds(180));
    assertThat(h.current()).isEqualTo("qualified");
    assertThat(h.timeIn("working", T0.plusSeconds(600))).isEqualTo(Duration.ofMinutes(2));
  }
}
