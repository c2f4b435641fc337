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
 * from each of the three best points of a coarse grid (each run restarted once from its own result), keeping
 * the best.
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
    // a coarse grid, then Nelder–Mead from the three best grid points (the SSE surface has local minima)
    double[] grid = {0.02, 0.1, 0.3, 0.5, 0.7, 0.9};
    int combos = (int) Math.pow(grid.length, k);
    java.util.PriorityQueue<double[]> starts =
        new java.util.PriorityQueue<>(java.util.Comparator.comparingDouble((double[] e) -> e[k]).reversed());
    for (int c = 0; c < combos; c++) {
      double[] p = new double[k + 1];
      for (int i = 0, rest = c; i < k; i++, rest /= grid.length) {
        p[i] = grid[rest % grid.length];
      }
      p[k] = sse(y, seasonality, m, java.util.Arrays.copyOf(p, k));
      starts.add(p);
      if (starts.size() > 3) {
        starts.poll();
      }
    }
    double[] u = null;
    double bestSse = Double.POSITIVE_INFINITY;
    for (double[] start : starts) {
      double[] v = logit(java.util.Arrays.copyOf(start, k));
      for (int round = 0; round < 2; round++) {
        v = NelderMead.minimise(x -> sse(y, seasonality, m, logistic(x)), v, 0.5, 4000);
      }
      double sse = sse(y, seasonality, m, logistic(v));
      if (sse < bestSse) {
        bestSse = sse;
        u = v;
      }
    }
    Objects.requireNonNull(u);
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
