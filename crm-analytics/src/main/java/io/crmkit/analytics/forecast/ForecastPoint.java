package io.crmkit.analytics.forecast;

import io.crmkit.core.ValidationException;

/**
 * One step of a forecast with its prediction interval, from {@link HoltWintersModel#forecast(int, double)};
 * e.g. {@code point.mean()} between {@code point.lower()} and {@code point.upper()}.
 *
 * @param step how many periods after the last observation (1 is the next period)
 * @param mean the point forecast
 * @param lower the lower end of the prediction interval
 * @param upper the upper end of the prediction interval
 */
public record ForecastPoint(int step, double mean, double lower, double upper) {
  public ForecastPoint {
    ValidationException.check(step >= 1, "step", "must be ≥ 1 but was " + step);
    ValidationException.check(
        lower <= mean && mean <= upper, "lower", "the interval [" + lower + ", " + upper + "] must contain " + mean);
  }
}
