/**
 * JMH benchmarks of record matching ({@code io.crmkit.core.match}): comparators beside Apache Commons Text's,
 * pair scoring, end-to-end deduplication and incremental matching on synthetic contacts from
 * {@link io.crmkit.testkit.match.SyntheticContacts}. Duke 1.2 on the same data lives in crm-benchmarks-duke
 * (its Lucene 4 cannot share a class path with crm-service's Lucene 9).
 */
@NullMarked
package io.crmkit.benchmarks.match;

import org.jspecify.annotations.NullMarked;
