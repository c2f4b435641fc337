/**
 * Sales forecasting over a time series of bookings by Holt-Winters exponential smoothing (additive trend,
 * no, additive or multiplicative seasonality) with parameters fitted by least squares and prediction
 * intervals. Start with {@link io.crmkit.analytics.forecast.HoltWinters#fit(double[], int, Seasonality)}.
 */
@NullMarked
package io.crmkit.analytics.forecast;

import org.jspecify.annotations.NullMarked;
