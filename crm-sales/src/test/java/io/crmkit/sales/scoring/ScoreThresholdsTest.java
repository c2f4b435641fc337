package io.crmkit.sales.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScoreThresholdsTest {
  static final ScoreThreshold READY = new ScoreThreshold("sales-ready", 80, 70);
  static final ThresholdState START = ThresholdState.outside(TenantId.of("acme"), new RecordRef("lead", "l-1"), "sales-ready");
  static final Instant T = Instant.parse("2026-03-01T09:00:00Z");

  @Test
  void entersOnceAtTheUpperBoundAndLeavesOnlyBelowTheLower() {
    ThresholdDecision up = ScoreThresholds.evaluate(READY, START, 80, T);
    assertThat(up.event()).hasValueSatisfying(e -> {
      assertThat(e.direction()).isEqualTo(CrossingDirection.ENTERED);
      assertThat(e.subjects()).containsExactly(new RecordRef("lead", "l-1"));
      assertThat(e.occurredAt()).isEqualTo(T);
    });
    assertThat(up.state().inside()).isTrue();

    ThresholdDecision stillIn = ScoreThresholds.evaluate(READY, up.state(), 70, T.plusSeconds(60));
    assertThat(stillIn.event()).isEmpty();
    assertThat(stillIn.state()).isEqualTo(up.state());

    ThresholdDecision down = ScoreThresholds.evaluate(READY, stillIn.state(), 69.9, T.plusSeconds(120));
    assertThat(down.event()).hasValueSatisfying(e -> assertThat(e.direction()).isEqualTo(CrossingDirection.LEFT));
    assertThat(down.state().inside()).isFalse();
    assertThat(down.state().since()).contains(T.plusSeconds(120));
  }

  @Test
  void rejectsAnUpperBoundNotAboveTheLowerAndAStateOfAnotherThreshold() {
    assertThatThrownBy(() -> new ScoreThreshold("x", 50, 50))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("lower"));
    ThresholdState other = ThresholdState.outside(START.tenantId(), START.subject(), "hot");
    assertThatThrownBy(() -> ScoreThresholds.evaluate(READY, other, 90, T))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("state"));
  }
}
