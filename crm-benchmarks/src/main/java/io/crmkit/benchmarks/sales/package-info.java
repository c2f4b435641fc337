/** JMH benchmarks for crm-sales: forecast roll-up, lead scoring, route planning. */
@NullMarked
package io.crmkit.benchmarks.sales;

import org.jspecify.annotations.NullMarked;
