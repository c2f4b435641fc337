/**
 * JMH benchmarks of the JDBC store on PostgreSQL on loopback, each beside the in-memory store in the same
 * run ({@code @Param store = memory|postgres}): bulk loading, indexed lookups and segment queries over
 * 1,000,000 sample contacts. Run them from the shaded jar, e.g.
 * {@code java -jar crm-benchmarks/target/benchmarks.jar 'io.crmkit.benchmarks.jdbc.*' -f 1}; the connection
 * comes from {@code CRMKIT_PG_URL}/{@code CRMKIT_PG_USER}/{@code CRMKIT_PG_PASSWORD} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}, user {@code postgres}).
 */
@NullMarked
package io.crmkit.benchmarks.jdbc;

import org.jspecify.annotations.NullMarked;
