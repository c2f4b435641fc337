/**
 * Sales performance per representative and team: win rate, average deal size, sales-cycle length, stage
 * conversion from stage histories, pipeline velocity and activity counts, computed from opportunities and
 * crm-core activities by {@link io.crmkit.sales.performance.SalesPerformance}.
 */
@NullMarked
package io.crmkit.sales.performance;

import org.jspecify.annotations.NullMarked;
