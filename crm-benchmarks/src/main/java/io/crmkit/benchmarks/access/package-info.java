/**
 * JMH benchmarks for crm-core's access control: the sharing model's decisions and push-down criteria, and what
 * the secured store costs on top of the plain store.
 */
@NullMarked
package io.crmkit.benchmarks.access;

import org.jspecify.annotations.NullMarked;
