package io.crmkit.analytics.forecast;

import io.crmkit.core.ValidationException;
import java.util.Objects;

/**
 * Holt-Winters exponential smoothing for bookings, revenue or any regular time series. Use
 * {@code HoltWintersModel m = HoltWinters.fit(monthlyBookings, 12, Seasonality.ADDITIVE);} then
 * {@code m.forecast(6, 0.95)}.
 *
 * <p><b>Method.</b> Additive (linear) trend with no, additive or multiplicative seasonality, in the
 * recursions of R's {@code HoltWinters} (Holt 1957, Winters 1960; Hyndman and Athanasopoulos, <i>Forecasting:
 * Principles and Practice</i>, ch. 8): level {@code ℓ_t = α (y_t − s_{t−m}) + (1 − α)(ℓ_{t−1} + b_{t−1})}
 * (with {@code y_t / s_{t−m}} when multiplicative), trend {@code b_t = β (ℓ_t − ℓ_{t−1}) + (1 − β) b_{t−1}},
 * season {@code s_t = γ (y_t − ℓ_t) + (1 − γ) s_{t−m}} (or {@code γ y_t / ℓ_t + …}), forecast
 * {@code ŷ_{t+h} = ℓ_t + h b_t ⊕ s_{t+h−m⌈h/m⌉}}. The state is initialised from the first two seasons
 * (see {@code Smoother.start}: trend from the difference of their means, seasonal indices from the first
 * season around that trend line) or, without seasons, from the first two observations.
 *
 * <p><b>Fitting.</b> α, β, γ ∈ [10⁻⁶, 1 − 10⁻⁶] minimise the sum of squared one-step-ahead errors over every
 * observation after the initialising ones, found by Nelder–Mead on the logits of the parameters, started
 * from the best point of a coarse grid and restarted once from its own result.
 *
 * <p><b>Intervals</b> are described on {@link HoltWintersModel#forecast(int, double)}.
 */
public final class HoltWinters {
  /** The parameters stay this far inside (0, 1), so that an optimum on the boundary is still a valid model. */
  static final double EDGE = 1e-6;

  private HoltWinters() {}

  /**
   * Fits the model to {@code series} (oldest first) with seasons of {@code period} observations (ignored
   * for {@link Seasonality#NONE}).
   *
   * @throws ValidationException if the series is too short (two full seasons, or four observations without
   *     seasons), holds a value that is not finite, or holds a value ≤ 0 for multiplicative seasonality
   */
  public static HoltWintersModel fit(double[] series, int period, Seasonality seasonality) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(seasonality, "seasonality");
    double[] y = series.clone();
    for (int i = 0; i < y.length; i++) {
      ValidationException.check(Double.isFinite(y[i]), "series[" + i + "]", "must be a finite number but was " + y[i]);
    }
    int m = seasonality == Seasonality.NONE ? 1 : period;
    if (seasonality == Seasonality.NONE) {
      ValidationException.check(
          y.length >= 4, "series", "Holt's method needs at least 4 observations but got " + y.length);
    } else {
      ValidationException.check(period >= 2, "period", "a season spans at least 2 observations but was " + period);
      ValidationException.check(
          y.length >= 2 * period,
          "series",
          "seasonal Holt-Winters needs at least two full seasons (" + 2 * period + " observations for period "
              + period + ") to initialise, but got " + y.length);
    }
    if (seasonality == Seasonality.MULTIPLICATIVE) {
      for (int i = 0; i < y.length; i++) {
        ValidationException.check(
            y[i] > 0, "series[" + i + "]",
            "multiplicative seasonality needs positive values but got " + y[i] + "; use ADDITIVE");
      }
    }
    int k = seasonality == Seasonality.NONE ? 2 : 3;
    double[] best = null;
    double bestSse = Double.POSITIVE_INFINITY;
    double[] grid = {0.05, 0.2, 0.5, 0.8};
    int combos = (int) Math.pow(grid.length, k);
    for (int c = 0; c < combos; c++) {
      double[] p = new double[k];
      for (int i = 0, rest = c; i < k; i++, rest /= grid.length) {
        p[i] = grid[rest % grid.length];
      }
      double sse = sse(y, seasonality, m, p);
      if (sse < bestSse) {
        bestSse = sse;
        best = p;
      }
    }
    double[] u = logit(Objects.requireNonNull(best));
    for (int round = 0; round < 2; round++) {
      u = NelderMead.minimise(x -> sse(y, seasonality, m, logistic(x)), u, 0.5, 4000);
    }
    double[] p = logistic(u);
    return new HoltWintersModel(y, seasonality, m, p[0], p[1], k == 3 ? p[2] : 0);
  }

  static double sse(double[] y, Seasonality s, int m, double[] p) {
    Smoother sm = Smoother.start(y, s, m, p[0], p[1], p.length > 2 ? p[2] : 0);
    double sse = 0;
    for (int t = Smoother.firstFitted(s, m); t < y.length; t++) {
      double e = sm.step(y[t]);
      sse += e * e;
    }
    return Double.isNaN(sse) ? Double.POSITIVE_INFINITY : sse;
  }

  private static double[] logistic(double[] u) {
    double[] p = new double[u.length];
    for (int i = 0; i < u.length; i++) {
      p[i] = EDGE + (1 - 2 * EDGE) / (1 + Math.exp(-u[i]));
    }
    return p;
  }

  private static double[] logit(double[] p) {
    double[] u = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      double q = (p[i] - EDGE) / (1 - 2 * EDGE);
      u[i] = Math.log(q / (1 - q));
    }
    return u;
  }
}
