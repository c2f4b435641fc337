/** Opportunities: deals on a pipeline, their line items, contact roles, competitors and stage history. */
@NullMarked
package io.crmkit.sales.opportunity;

import org.jspecify.annotations.NullMarked;
