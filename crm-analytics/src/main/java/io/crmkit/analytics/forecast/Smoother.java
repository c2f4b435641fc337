package io.crmkit.analytics.forecast;

/**
 * The Holt-Winters recursions in R's {@code HoltWinters} form, one observation at a time; package-private.
 * The state after observation {@code t} is the level, the trend and the latest seasonal index of each phase
 * ({@code season[t mod m]} holds s_t).
 */
final class Smoother {
  final Seasonality seasonality;
  final int m;
  final double alpha;
  final double beta;
  final double gamma;
  double level;
  double trend;
  final double[] season;
  int t;

  private Smoother(Seasonality seasonality, int m, double alpha, double beta, double gamma) {
    this.seasonality = seasonality;
    this.m = m;
    this.alpha = alpha;
    this.beta = beta;
    this.gamma = gamma;
    this.season = new double[Math.max(1, m)];
  }

  /** The index of the first observation the recursions forecast (the earlier ones initialise the state). */
  static int firstFitted(Seasonality s, int m) {
    return s == Seasonality.NONE ? 2 : m;
  }

  /**
   * The state after observation {@code firstFitted − 1}: for Holt's method level y1 and trend y1 − y0; with
   * seasons, the trend is the difference of the first two seasons' means divided by m, the level is the
   * first season's mean carried to its last period along that trend, and each seasonal index is the first
   * season's value minus (or divided by) that trend line.
   */
  static Smoother start(double[] y, Seasonality s, int m, double alpha, double beta, double gamma) {
    Smoother sm = new Smoother(s, m, alpha, beta, gamma);
    if (s == Seasonality.NONE) {
      sm.level = y[1];
      sm.trend = y[1] - y[0];
      sm.t = 1;
      return sm;
    }
    double mean1 = 0;
    double mean2 = 0;
    for (int i = 0; i < m; i++) {
      mean1 += y[i] / m;
      mean2 += y[m + i] / m;
    }
    sm.trend = (mean2 - mean1) / m;
    sm.level = mean1 + sm.trend * (m - 1) / 2.0;
    for (int i = 0; i < m; i++) {
      double line = mean1 + sm.trend * (i - (m - 1) / 2.0);
      sm.season[i] = s == Seasonality.ADDITIVE ? y[i] - line : y[i] / line;
    }
    sm.t = m - 1;
    return sm;
  }

  /** The forecast {@code h} steps after the current observation. */
  double forecast(int h) {
    double line = level + h * trend;
    switch (seasonality) {
      case ADDITIVE:
        return line + season[(t + h) % m];
      case MULTIPLICATIVE:
        return line * season[(t + h) % m];
      default:
        return line;
    }
  }

  /** Takes the next observation {@code y} and returns its one-step forecast error. */
  double step(double y) {
    double error = y - forecast(1);
    int next = t + 1;
    double previousLevel = level;
    double s = seasonality == Seasonality.NONE ? 0 : season[next % m];
    switch (seasonality) {
      case ADDITIVE:
        level = alpha * (y - s) + (1 - alpha) * (level + trend);
        break;
      case MULTIPLICATIVE:
        level = alpha * (y / s) + (1 - alpha) * (level + trend);
        break;
      default:
        level = alpha * y + (1 - alpha) * (level + trend);
    }
    trend = beta * (level - previousLevel) + (1 - beta) * trend;
    if (seasonality == Seasonality.ADDITIVE) {
      season[next % m] = gamma * (y - level) + (1 - gamma) * s;
    } else if (seasonality == Seasonality.MULTIPLICATIVE) {
      season[next % m] = gamma * (y / level) + (1 - gamma) * s;
    }
    t = next;
    return error;
  }
}
