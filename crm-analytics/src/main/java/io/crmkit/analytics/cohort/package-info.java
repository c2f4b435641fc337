/**
 * Cohort retention: customers grouped by the period of their first transaction or activity, and the share of
 * each cohort active in each later period, with cells the observation window has not (fully) reached marked
 * as censored. Start with {@link io.crmkit.analytics.cohort.CohortRetention#of}.
 */
@NullMarked
package io.crmkit.analytics.cohort;

import org.jspecify.annotations.NullMarked;
