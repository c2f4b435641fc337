package io.crmkit.analytics.forecast;

/**
 * How the seasonal pattern combines with level and trend in {@link HoltWinters}: pass it to
 * {@code HoltWinters.fit(series, 12, Seasonality.ADDITIVE)}.
 */
public enum Seasonality {
  /** No seasonal component: Holt's linear trend method. */
  NONE,
  /** The season adds a fixed amount: {@code ŷ = level + h·trend + season}. */
  ADDITIVE,
  /** The season scales the trend line: {@code ŷ = (level + h·trend) · season}; needs positive data. */
  MULTIPLICATIVE
}
