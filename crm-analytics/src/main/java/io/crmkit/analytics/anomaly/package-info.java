/**
 * Explainable anomaly and risk scoring of transactions with robust z-scores (median and MAD) against the
 * customer's own history and against their peer group, with flags that say why. Start with
 * {@link io.crmkit.analytics.anomaly.TransactionScoring#score(java.util.List)}.
 */
@NullMarked
package io.crmkit.analytics.anomaly;

import org.jspecify.annotations.NullMarked;
