/**
 * Customer analytics: transaction summaries, RFM, lifetime-value and churn models ({@code clv}), cohorts,
 * funnels, profitability, forecasting, attribution, association rules and anomaly scoring, each in its own
 * feature package. Everything is a pure computation over values the host passes in; nothing here reads a store.
 */
@NullMarked
package io.crmkit.analytics;

import org.jspecify.annotations.NullMarked;
