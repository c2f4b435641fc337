package io.crmkit.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** sBG: the paper's two cohorts, the recursion against the beta functions, and the DEL closed form. */
class ShiftedBetaGeometricTest {
  static final RetentionCurve REGULAR = RetentionCurve.of(1000, 631, 468, 382, 326, 289, 262, 241);
  static final RetentionCurve HIGH_END = RetentionCurve.of(1000, 869, 743, 653, 593, 551, 517, 491);

  @Test
  void theFitsMatchFaderAndHardie2007() {
    // Fader & Hardie (2007), years 1–7 of the two cohorts: regular γ = 0.704, δ = 1.182; high end γ = 0.668, δ = 3.806
    FittedModel<ShiftedBetaGeometric> regular = ShiftedBetaGeometric.fit(List.of(REGULAR));
    assertThat(regular.model().gamma()).isCloseTo(0.704, within(5e-4));
    assertThat(regular.model().delta()).isCloseTo(1.182, within(5e-4));
    FittedModel<ShiftedBetaGeometric> highEnd = ShiftedBetaGeometric.fit(List.of(HIGH_END));
    assertThat(highEnd.model().gamma()).isCloseTo(0.668, within(5e-4));
    assertThat(highEnd.model().delta()).isCloseTo(3.806, within(5e-4));
    assertThat(regular.logLikelihood()).isCloseTo(regular.model().logLikelihood(REGULAR), within(1e-9));
  }

  @Test
  void theRecursionAgreesWithTheBetaFunctions() {
    ShiftedBetaGeometric m = new ShiftedBetaGeometric(0.704, 1.182);
    for (int t = 1; t <= 30; t++) {
      double p = Math.exp(Special.lnBeta(m.gamma() + 1, m.delta() + t - 1) - Special.lnBeta(m.gamma(), m.delta()));
      double s = Math.exp(Special.lnBeta(m.gamma(), m.delta() + t) - Special.lnBeta(m.gamma(), m.delta()));
      assertThat(m.churnProbability(t)).as("P(T=%s)", t).isCloseTo(p, within(1e-12));
      assertThat(m.survival(t)).as("S(%s)", t).isCloseTo(s, within(1e-12));
      assertThat(m.survival(t)).isCloseTo(m.survival(t - 1) * m.retentionRate(t), within(1e-12));
    }
    // a hand-worked case: γ = δ = 1 (θ uniform) gives P(T = t) = 1/(t(t+1)) and S(t) = 1/(t+1)
    ShiftedBetaGeometric uniform = new ShiftedBetaGeometric(1, 1);
    assertThat(uniform.churnProbability(3)).isCloseTo(1.0 / 12, within(1e-15));
    assertThat(uniform.survival(3)).isCloseTo(0.25, within(1e-15));
  }

  @Test
  void theDiscountedExpectedLifetimeIsTheDiscountedSumOfSurvival() {
    ShiftedBetaGeometric m = new ShiftedBetaGeometric(0.668, 3.806);
    double d = 0.1;
    for (int n : new int[] {0, 1, 5}) {
      double sum = 0;
      for (int k = 0; k < 3000; k++) {
        sum += m.survival(n + k) / m.survival(n) / Math.pow(1 + d, k);
      }
      assertThat(m.discountedExpectedResidualLifetime(n, d)).as("n = %s", n).isCloseTo(sum, within(1e-9));
    }
  }

  @Test
  void degenerateCohortsAreRefused() {
    assertThatThrownBy(() -> RetentionCurve.of(100, 120)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("alive[1]");
    assertThatThrownBy(() -> ShiftedBetaGeometric.fit(List.of(RetentionCurve.of(100, 100, 100))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("nobody churned");
    assertThatThrownBy(() -> ShiftedBetaGeometric.fit(List.of(RetentionCurve.of(100, 40, 0))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("everybody churned");
  }
}
