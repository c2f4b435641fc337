/**
 * RFM scoring: each customer's recency (time since the last purchase), frequency (purchase days) and monetary value
 * (total spend) turned into quantile scores 1..n, and named segments — champions, loyal, at risk, lost, ... — as
 * configurable rules over the scores. Start with
 * {@code RfmScoring.ofDefaults().score(RfmObservation.fromTransactions(log, asOf))}.
 */
@NullMarked
package io.crmkit.analytics.rfm;

import org.jspecify.annotations.NullMarked;
