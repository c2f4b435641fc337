/**
 * Transaction logs turned into per-customer summaries — frequency (repeat purchases), recency, age {@code T}
 * and mean spend — under explicit conventions: the time unit, whether same-day purchases merge, where the
 * calibration period ends and the holdout period that follows it. These summaries are the input of the RFM
 * scores ({@code io.crmkit.analytics.rfm}) and of the lifetime-value models ({@code io.crmkit.analytics.clv}).
 * Start with {@link io.crmkit.analytics.summary.CustomerSummaries#summarise}.
 */
@NullMarked
package io.crmkit.analytics.summary;

import org.jspecify.annotations.NullMarked;
