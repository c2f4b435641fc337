package io.crmkit.analytics.forecast;

import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A Holt-Winters model fitted by {@link HoltWinters#fit}: its smoothing parameters, final state and fit, and
 * forecasts with prediction intervals, e.g. {@code model.forecast(12, 0.95)}.
 */
public final class HoltWintersModel {
  /** Empirical intervals need at least this many in-sample errors at the horizon. */
  static final int MIN_EMPIRICAL_ERRORS = 10;

  private final double[] y;
  private final Seasonality seasonality;
  private final int period;
  private final double alpha;
  private final double beta;
  private final double gamma;
  private final Smoother end;
  private final double sse;
  private final int fitted;

  HoltWintersModel(double[] y, Seasonality seasonality, int period, double alpha, double beta, double gamma) {
    this.y = y;
    this.seasonality = seasonality;
    this.period = period;
    this.alpha = alpha;
    this.beta = beta;
    this.gamma = gamma;
    Smoother sm = Smoother.start(y, seasonality, period, alpha, beta, gamma);
    double s = 0;
    int first = Smoother.firstFitted(seasonality, period);
    for (int t = first; t < y.length; t++) {
      double e = sm.step(y[t]);
      s += e * e;
    }
    this.end = sm;
    this.sse = s;
    this.fitted = y.length - first;
  }

  public Seasonality seasonality() {
    return seasonality;
  }

  /** The season length in observations (1 without seasons). */
  public int period() {
    return period;
  }

  /** The level smoothing parameter α. */
  public double alpha() {
    return alpha;
  }

  /** The trend smoothing parameter β (R's form: applied to the change of level). */
  public double beta() {
    return beta;
  }

  /** The seasonal smoothing parameter γ (0 without seasons). */
  public double gamma() {
    return gamma;
  }

  /** The level after the last observation. */
  public double level() {
    return end.level;
  }

  /** The trend (change per period) after the last observation. */
  public double trend() {
    return end.trend;
  }

  /** The seasonal indices for the next {@link #period()} periods, the next one first (empty without seasons). */
  public List<Double> seasonals() {
    List<Double> out = new ArrayList<>();
    if (seasonality != Seasonality.NONE) {
      for (int h = 1; h <= period; h++) {
        out.add(end.season[(end.t + h) % period]);
      }
    }
    return List.copyOf(out);
  }

  /** The sum of squared one-step-ahead errors that the parameters minimise. */
  public double sse() {
    return sse;
  }

  /** How many observations contributed one-step errors (all but the initialising ones). */
  public int fittedObservations() {
    return fitted;
  }

  /** The one-step error variance σ² = SSE / fitted observations (the maximum-likelihood estimate). */
  public double sigma2() {
    return sse / fitted;
  }

  /** The number of observations the model was fitted to. */
  public int observations() {
    return y.length;
  }

  /**
   * Point forecasts for the next {@code horizon} periods with central prediction intervals of probability
   * {@code level}.
   *
   * <p>Without seasons or with additive seasonality the intervals are analytic, {@code ŷ ± z σ_h}, with the
   * variance of the equivalent ETS(A,A,N)/ETS(A,A,A) state-space model (Hyndman, Koehler, Ord and Snyder,
   * <i>Forecasting with Exponential Smoothing</i>, 2008, ch. 6): {@code σ_h² = σ² (1 + Σ_{j=1}^{h−1} c_j²)},
   * {@code c_j = α (1 + j β) + γ (1 − α) [j mod m = 0]}. With multiplicative seasonality they are empirical: the
   * forecast plus the {@code (1 ∓ level) / 2} quantiles of the in-sample {@code h}-step-ahead errors from every
   * forecast origin, widened if needed to contain the forecast.
   *
   * @throws ValidationException if {@code horizon < 1}, {@code level} is not in (0, 1), or (multiplicative)
   *     the series has fewer than 10 in-sample errors at that horizon
   */
  public List<ForecastPoint> forecast(int horizon, double level) {
    ValidationException.check(horizon >= 1, "horizon", "must be ≥ 1 but was " + horizon);
    ValidationException.check(level > 0 && level < 1, "level", "must be in (0, 1), e.g. 0.95, but was " + level);
    List<ForecastPoint> out = new ArrayList<>(horizon);
    if (seasonality == Seasonality.MULTIPLICATIVE) {
      int first = Smoother.firstFitted(seasonality, period);
      int available = y.length - first - horizon + 1;
      ValidationException.check(
          available >= MIN_EMPIRICAL_ERRORS,
          "horizon",
          "empirical intervals of multiplicative seasonality need " + MIN_EMPIRICAL_ERRORS
              + " in-sample errors at the horizon; with " + y.length + " observations the horizon can be at most "
              + Math.max(0, y.length - first - MIN_EMPIRICAL_ERRORS + 1) + " but was " + horizon);
      double[][] errors = hStepErrors(horizon);
      for (int h = 1; h <= horizon; h++) {
        double mean = end.forecast(h);
        double[] e = errors[h - 1];
        Arrays.sort(e);
        double lower = mean + quantile(e, (1 - level) / 2);
        double upper = mean + quantile(e, (1 + level) / 2);
        out.add(new ForecastPoint(h, mean, Math.min(lower, mean), Math.max(upper, mean)));
      }
      return List.copyOf(out);
    }
    double z = Normal.quantile((1 + level) / 2);
    double sumC2 = 0;
    for (int h = 1; h <= horizon; h++) {
      if (h > 1) {
        int j = h - 1;
        double c = alpha * (1 + j * beta)
            + (seasonality == Seasonality.ADDITIVE && j % period == 0 ? gamma * (1 - alpha) : 0);
        sumC2 += c * c;
      }
      double mean = end.forecast(h);
      double half = z * Math.sqrt(sigma2() * (1 + sumC2));
      out.add(new ForecastPoint(h, mean, mean - half, mean + half));
    }
    return List.copyOf(out);
  }

  /** For each step h, the errors y_{t+h} − ŷ_{t+h|t} from every origin t with an observed y_{t+h}. */
  private double[][] hStepErrors(int horizon) {
    int first = Smoother.firstFitted(seasonality, period);
    List<List<Double>> errors = new ArrayList<>();
    for (int h = 0; h < horizon; h++) {
      errors.add(new ArrayList<>());
    }
    Smoother sm = Smoother.start(y, seasonality, period, alpha, beta, gamma);
    for (int origin = first - 1; origin < y.length - 1; origin++) {
      for (int h = 1; h <= horizon && origin + h < y.length; h++) {
        errors.get(h - 1).add(y[origin + h] - sm.forecast(h));
      }
      sm.step(y[origin + 1]);
    }
    double[][] out = new double[horizon][];
    for (int h = 0; h < horizon; h++) {
      out[h] = errors.get(h).stream().mapToDouble(Double::doubleValue).toArray();
    }
    return out;
  }

  /** The type-7 (linear interpolation) quantile of sorted values. */
  static double quantile(double[] sorted, double p) {
    double pos = p * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
  }

  @Override
  public String toString() {
    return "HoltWintersModel[" + seasonality + ", period " + period + ", α=" + alpha + ", β=" + beta + ", γ=" + gamma
        + ", SSE=" + sse + "]";
  }
}
