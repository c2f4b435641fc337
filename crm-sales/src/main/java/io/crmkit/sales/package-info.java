/**
 * Sales: leads and their conversion, opportunities on configurable pipelines, forecasting and quotas,
 * territories and assignment, follow-ups and cadences, lead and opportunity scoring, quotes, and geo
 * prospecting. Each feature lives in its own sub-package ({@code io.crmkit.sales.lead},
 * {@code io.crmkit.sales.forecast}, ...).
 */
@NullMarked
package io.crmkit.sales;

import org.jspecify.annotations.NullMarked;
