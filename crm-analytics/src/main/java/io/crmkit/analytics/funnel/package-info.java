/**
 * Funnel conversion and time in stage from the state histories the state-machine engine keeps: how many
 * records reached each stage, step and overall conversion, drop-off, and the mean and median time spent in
 * each stage. Start with {@link io.crmkit.analytics.funnel.Funnel#of(java.util.List)}.
 */
@NullMarked
package io.crmkit.analytics.funnel;

import org.jspecify.annotations.NullMarked;
