/** JMH benchmarks for crm-marketing: send planning, segment evaluation, job-store claims. */
@NullMarked
package io.crmkit.benchmarks.marketing;

import org.jspecify.annotations.NullMarked;
