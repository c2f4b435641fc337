package io.crmkit.analytics.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ValidationException;
import io.crmkit.core.statemachine.StateChange;
import io.crmkit.core.statemachine.StateHistory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FunnelTest {
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  /** A history through {@code states}, entering each one {@code hours[i]} hours after T0. */
  static StateHistory history(List<String> states, int... hours) {
    List<StateChange> changes = new ArrayList<>();
    for (int i = 0; i < states.size(); i++) {
      changes.add(new StateChange(
          i == 0 ? Optional.empty() : Optional.of(states.get(i - 1)), states.get(i),
          i == 0 ? StateChange.START : "go", T0.plus(Duration.ofHours(hours[i]))));
    }
    return new StateHistory(changes);
  }

  @Test
  void reachConversionDropOffAndTimesWorkedByHand() {
    Funnel f = Funnel.of(List.of("new", "working", "won"));
    List<StateHistory> hs = List.of(
        history(List.of("new", "working", "won"), 0, 2, 10),        // 2 h new, 8 h working
        history(List.of("new", "working"), 0, 4),                    // 4 h new, still working
        history(List.of("new", "lost"), 0, 6),                       // 6 h new, out of the funnel
        history(List.of("new", "won"), 0, 1));                       // skipped working: still reached it
    List<StageStatistics> s = f.analyse(hs, T0.plus(Duration.ofHours(20)));
    assertThat(s).extracting(StageStatistics::reached).containsExactly(4, 3, 2);
    assertThat(s.get(1).stepConversion()).isEqualTo(0.75);
    assertThat(s.get(2).stepConversion()).isEqualTo(2.0 / 3);
    assertThat(s.get(2).overallConversion()).isEqualTo(0.5);
    assertThat(s).extracting(StageStatistics::dropOff).containsExactly(1, 1, 2);
    // new: stays of 2, 4, 6 and 1 hours, all over
    assertThat(s.get(0).completedStays()).isEqualTo(4);
    assertThat(s.get(0).meanTimeInStage()).contains(Duration.ofMinutes(195));
    assertThat(s.get(0).medianTimeInStage()).contains(Duration.ofHours(3));
    // working: only the first record has left it (8 h); the second is still there
    assertThat(s.get(1).completedStays()).isEqualTo(1);
    assertThat(s.get(1).medianTimeInStage()).contains(Duration.ofHours(8));
    // won is where records stay: no completed stays
    assertThat(s.get(2).meanTimeInStage()).isEmpty();
  }

  @Test
  void emptyInputAndBadStagesAreHandled() {
    List<StageStatistics> s = Funnel.of(List.of("a", "b")).analyse(List.of(), T0);
    assertThat(s).allSatisfy(x -> {
      assertThat(x.reached()).isZero();
      assertThat(x.overallConversion()).isZero();
    });
    assertThatThrownBy(() -> Funnel.of(List.of("a", "a")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("'a' is listed twice");
    assertThatThrownBy(() -> Funnel.of(List.of())).isInstanceOf(ValidationException.class);
  }
}
