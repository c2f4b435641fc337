/**
 * Quotes for an opportunity: line snapshots with discounts and taxes, totals rounded once per rule to the
 * currency's minor units, a validity date, revisions (exactly one current, older ones kept read-only), a
 * lifecycle on crm-core's state-machine engine with {@link io.crmkit.sales.quote.QuoteAccepted} and
 * {@link io.crmkit.sales.quote.QuoteRejected} events, and rendering through a safe template to HTML and PDF.
 */
@NullMarked
package io.crmkit.sales.quote;

import org.jspecify.annotations.NullMarked;
