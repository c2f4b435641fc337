/**
 * Customer profitability: revenue minus cost to serve per customer and per segment, in exact money and
 * never summed across currencies. Start with {@link io.crmkit.analytics.profitability.Profitability#of}.
 */
@NullMarked
package io.crmkit.analytics.profitability;

import org.jspecify.annotations.NullMarked;
