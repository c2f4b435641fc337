/**
 * Pipelines as data: the stages of a sales process per tenant and record type, each with its order, default
 * probability, forecast category, won/lost flags and required-field guards, compiled onto crm-core's
 * state-machine engine. Start from {@link io.crmkit.sales.pipeline.Pipelines#standardSales()}.
 */
@NullMarked
package io.crmkit.sales.pipeline;

import org.jspecify.annotations.NullMarked;
