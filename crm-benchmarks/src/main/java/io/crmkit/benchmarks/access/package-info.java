/** JMH benchmarks for crm-core's access control: the sharing model's decisions and push-down criteria. */
@NullMarked
package io.crmkit.benchmarks.access;

import org.jspecify.annotations.NullMarked;
