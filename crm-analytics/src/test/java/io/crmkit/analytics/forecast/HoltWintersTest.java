package io.crmkit.analytics.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.ValidationException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HoltWintersTest {
  static final double[] SEASON = {-10, 5, 20, -15};

  static double exact(int t) {
    return 100 + 2 * t + SEASON[t % 4];
  }

  @Test
  void aNoiseFreeLinearSeasonalSeriesIsContinuedExactly() {
    double[] y = new double[24];
    for (int t = 0; t < y.length; t++) {
      y[t] = exact(t);
    }
    HoltWintersModel m = HoltWinters.fit(y, 4, Seasonality.ADDITIVE);
    assertThat(m.sse()).isCloseTo(0, within(1e-9));
    assertThat(m.trend()).isCloseTo(2, within(1e-9));
    List<ForecastPoint> f = m.forecast(8, 0.95);
    for (ForecastPoint p : f) {
      assertThat(p.mean()).isCloseTo(exact(23 + p.step()), within(1e-8));
      assertThat(p.upper() - p.lower()).isCloseTo(0, within(1e-6));
    }
    assertThat(m.seasonals()).hasSize(4);
    assertThat(m.seasonals().get(0)).isCloseTo(SEASON[24 % 4], within(1e-9));
  }

  @Test
  void holtsMethodContinuesAStraightLine() {
    double[] y = {3, 5, 7, 9, 11, 13};
    HoltWintersModel m = HoltWinters.fit(y, 1, Seasonality.NONE);
    assertThat(m.forecast(3, 0.8)).extracting(ForecastPoint::mean)
        .containsExactly(15.0, 17.0, 19.0);
    assertThat(m.seasonals()).isEmpty();
    assertThat(m.gamma()).isZero();
  }

  @Test
  void aMultiplicativeSeasonGrowsWithTheTrend() {
    double[] factor = {0.8, 1.1, 1.3, 0.8};
    double[] y = new double[40];
    Random rnd = new Random(7);
    for (int t = 0; t < y.length; t++) {
      y[t] = (200 + 5 * t) * factor[t % 4] * (1 + 0.01 * rnd.nextGaussian());
    }
    HoltWintersModel m = HoltWinters.fit(y, 4, Seasonality.MULTIPLICATIVE);
    List<ForecastPoint> f = m.forecast(4, 0.9);
    for (ForecastPoint p : f) {
      int t = 39 + p.step();
      assertThat(p.mean()).isCloseTo((200 + 5 * t) * factor[t % 4], within(0.05 * (200 + 5 * t)));
      assertThat(p.lower()).isLessThanOrEqualTo(p.mean());
      assertThat(p.upper()).isGreaterThanOrEqualTo(p.mean());
    }
    assertThatThrownBy(() -> m.forecast(30, 0.9))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("horizon can be at most 27");
  }

  /**
   * Simulates ETS(A,A,A) with known parameters (in Hyndman's error-correction form) and checks that the
   * analytic 90% intervals of fitted models cover about 90% of the next observations at steps 1 and 5.
   */
  @Test
  void analyticIntervalsCoverAsPromised() {
    Random rnd = new Random(2026);
    int runs = 300;
    int[] covered = new int[2];
    int[] steps = {1, 5};
    for (int run = 0; run < runs; run++) {
      double[] y = simulate(rnd, 48 + 5, 4, 0.3, 0.05, 0.1, 5);
      double[] train = java.util.Arrays.copyOf(y, 48);
      List<ForecastPoint> f = HoltWinters.fit(train, 4, Seasonality.ADDITIVE).forecast(5, 0.9);
      for (int i = 0; i < steps.length; i++) {
        ForecastPoint p = f.get(steps[i] - 1);
        double actual = y[47 + steps[i]];
        if (actual >= p.lower() && actual <= p.upper()) {
          covered[i]++;
        }
      }
    }
    for (int c : covered) {
      assertThat((double) c / runs).isBetween(0.82, 0.96);
    }
  }

  static double[] simulate(Random rnd, int n, int m, double alpha, double beta, double gamma, double sigma) {
    double level = 100;
    double trend = 1;
    double[] season = {-8, 3, 9, -4};
    double[] y = new double[n];
    for (int t = 0; t < n; t++) {
      double e = sigma * rnd.nextGaussian();
      y[t] = level + trend + season[t % m] + e;
      level = level + trend + alpha * e;
      trend = trend + beta * e;
      season[t % m] += gamma * e;
    }
    return y;
  }

  @Test
  void tooShortOrBadSeriesAreRefusedWithTheReason() {
    assertThatThrownBy(() -> HoltWinters.fit(new double[7], 4, Seasonality.ADDITIVE))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("two full seasons (8 observations for period 4)")
        .hasMessageContaining("got 7");
    assertThatThrownBy(() -> HoltWinters.fit(new double[] {1, 2, 3}, 1, Seasonality.NONE))
        .isInstanceOf(ValidationException.class).hasMessageContaining("at least 4");
    assertThatThrownBy(() -> HoltWinters.fit(new double[] {1, 2, Double.NaN, 4, 5}, 1, Seasonality.NONE))
        .isInstanceOf(ValidationException.class).hasMessageContaining("series[2]");
    double[] withZero = new double[8];
    java.util.Arrays.fill(withZero, 1);
    withZero[3] = 0;
    assertThatThrownBy(() -> HoltWinters.fit(withZero, 4, Seasonality.MULTIPLICATIVE))
        .isInstanceOf(ValidationException.class).hasMessageContaining("positive");
    assertThatThrownBy(() -> HoltWinters.fit(new double[] {1, 2, 3, 4}, 1, Seasonality.NONE).forecast(0, 0.9))
        .isInstanceOf(ValidationException.class).hasMessageContaining("horizon");
  }

  @Test
  void normalQuantilesMatchTables() {
    assertThat(Normal.quantile(0.975)).isCloseTo(1.959963985, within(1e-8));
    assertThat(Normal.quantile(0.5)).isCloseTo(0, within(1e-12));
    assertThat(Normal.quantile(0.005)).isCloseTo(-2.575829304, within(1e-8));
  }
}
