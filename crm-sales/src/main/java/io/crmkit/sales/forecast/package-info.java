/**
 * Forecasting: fiscal calendars (calendar or fiscal months and quarters, 4-4-5 week patterns), the roll-up of
 * opportunities by period and owner through a team/territory hierarchy in Salesforce's cumulative forecast
 * categories, amounts and weighted amounts converted per deal through dated exchange rates, manager
 * adjustments kept beside the computed figures, and quotas with attainment.
 */
@NullMarked
package io.crmkit.sales.forecast;

import org.jspecify.annotations.NullMarked;
