/**
 * JMH benchmarks of record matching ({@code io.crmkit.core.match}): comparators beside Apache Commons Text's,
 * pair scoring, end-to-end deduplication and incremental matching on synthetic contacts from
 * {@link io.crmkit.benchmarks.match.SyntheticContacts}, and Duke 1.2 on the same data for a side-by-side figure.
 */
@NullMarked
package io.crmkit.benchmarks.match;

import org.jspecify.annotations.NullMarked;
