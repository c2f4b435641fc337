/** JMH benchmarks for crm-service: business time, SLA evaluation, knowledge-base search. */
@NullMarked
package io.crmkit.benchmarks.service;

import org.jspecify.annotations.NullMarked;
