package io.crmkit.analytics.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class HoltWintersProperties {
  @Property(tries = 100)
  void noiseFreeTrendPlusSeasonIsForecastExactly(
      @ForAll @IntRange(min = 2, max = 7) int period,
      @ForAll @DoubleRange(min = -50, max = 50) double slope,
      @ForAll long seed) {
    Random rnd = new Random(seed);
    double[] season = new double[period];
    double mean = 0;
    for (int i = 0; i < period; i++) {
      season[i] = rnd.nextDouble() * 40 - 20;
      mean += season[i] / period;
    }
    int n = 2 * period + rnd.nextInt(3 * period);
    double[] y = new double[n];
    for (int t = 0; t < n; t++) {
      y[t] = 500 + slope * t + season[t % period] - mean;
    }
    List<ForecastPoint> f = HoltWinters.fit(y, period, Seasonality.ADDITIVE).forecast(period + 1, 0.95);
    for (ForecastPoint p : f) {
      int t = n - 1 + p.step();
      assertThat(p.mean()).isCloseTo(500 + slope * t + season[t % period] - mean, within(1e-6));
    }
  }

  @Property(tries = 100)
  void analyticIntervalsWidenWithTheHorizonAndHoldTheForecast(
      @ForAll @IntRange(min = 2, max = 6) int period, @ForAll long seed) {
    Random rnd = new Random(seed);
    int n = 2 * period + 5 + rnd.nextInt(20);
    double[] y = new double[n];
    for (int t = 0; t < n; t++) {
      y[t] = 100 + t + 10 * Math.sin(2 * Math.PI * t / period) + 5 * rnd.nextGaussian();
    }
    HoltWintersModel m = HoltWinters.fit(y, period, Seasonality.ADDITIVE);
    assertThat(m.alpha()).isStrictlyBetween(0.0, 1.0);
    assertThat(m.beta()).isStrictlyBetween(0.0, 1.0);
    assertThat(m.gamma()).isStrictlyBetween(0.0, 1.0);
    List<ForecastPoint> narrow = m.forecast(10, 0.8);
    List<ForecastPoint> wide = m.forecast(10, 0.95);
    for (int h = 0; h < 10; h++) {
      double w = wide.get(h).upper() - wide.get(h).lower();
      assertThat(w).isGreaterThanOrEqualTo(narrow.get(h).upper() - narrow.get(h).lower());
      if (h > 0) {
        assertThat(w).isGreaterThanOrEqualTo(wide.get(h - 1).upper() - wide.get(h - 1).lower() - 1e-9);
      }
    }
    // h = 1: exactly the one-step standard error
    assertThat(wide.get(0).upper() - wide.get(0).mean())
        .isCloseTo(Normal.quantile(0.975) * Math.sqrt(m.sse() / m.fittedObservations()), within(1e-9));
  }

  @Property(tries = 200)
  void fittedParametersAreNoWorseThanAnyGridPoint(@ForAll long seed) {
    Random rnd = new Random(seed);
    double[] y = new double[30];
    for (int t = 0; t < y.length; t++) {
      y[t] = 50 + 0.5 * t + (t % 3 == 0 ? 8 : -4) + 3 * rnd.nextGaussian();
    }
    HoltWintersModel m = HoltWinters.fit(y, 3, Seasonality.ADDITIVE);
    for (double a = 0.1; a < 1; a += 0.2) {
      for (double b = 0.1; b < 1; b += 0.2) {
        for (double g = 0.1; g < 1; g += 0.2) {
          assertThat(m.sse()).isLessThanOrEqualTo(HoltWinters.sse(y, Seasonality.ADDITIVE, 3, new double[] {a, b, g}) + 1e-9);
        }
      }
    }
  }
}
