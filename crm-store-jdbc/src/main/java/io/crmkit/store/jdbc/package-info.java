/**
 * The crmkit storage SPI on PostgreSQL and H2: {@link io.crmkit.store.jdbc.JdbcStore} takes a
 * {@code DataSource} and hands out tenant-scoped repositories for every entity type, with criteria pushed
 * down to SQL, keyset paging, streaming through a cursor, transactions, row-level security and an outbox.
 */
@NullMarked
package io.crmkit.store.jdbc;

import org.jspecify.annotations.NullMarked;
