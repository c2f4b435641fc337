package io.crmkit.store.jdbc;

import io.crmkit.core.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The store's transactions: one JDBC connection bound to the thread for the length of the outermost
 * transaction, which nested calls join (each behind a savepoint, so a nested failure undoes only its own
 * writes). A statement outside any transaction runs in a transaction of its own. The outermost transaction
 * is run again when it fails with a serialization failure or deadlock, up to the configured retries.
 *
 * <p>On PostgreSQL every transaction first sets {@code crmkit.tenant} (transaction-local) to the tenant of
 * the repository that uses it, which the row-level security policies check.
 */
final class Transactions {
  /** Work on a connection. */
  @FunctionalInterface
  interface SqlWork<R> {
    R run(Connection connection) throws SQLException;
  }

  /** The transaction bound to a thread. */
  static final class Tx {
    final Connection connection;
    // the tenant crmkit.tenant holds in this transaction, null when unset
    @Nullable String tenant;

    Tx(Connection connection) {
      this.connection = connection;
    }
  }

  private final DataSource dataSource;
  private final Dialect dialect;
  private final JdbcStoreConfig config;
  private final ThreadLocal<Tx> bound = new ThreadLocal<>();
  private final AtomicLong retries = new AtomicLong();

  Transactions(DataSource dataSource, Dialect dialect, JdbcStoreConfig config) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.config = config;
  }

  Dialect dialect() {
    return dialect;
  }

  JdbcStoreConfig config() {
    return config;
  }

  /** How many transactions were run again after a serialization failure or deadlock. */
  long retries() {
    return retries.get();
  }

  /** The transaction of the current thread, or null. */
  @Nullable Tx current() {
    return bound.get();
  }

  /** Runs {@code work} in the thread's transaction (behind a savepoint) or in a new, retried one. */
  <R> R inTransaction(Supplier<R> work) {
    Tx tx = bound.get();
    if (tx != null) {
      return nested(tx, work);
    }
    for (int attempt = 0; ; attempt++) {
      try {
        return outermost(work);
      } catch (RuntimeException e) {
        if (attempt >= config.serializationRetries() || !JdbcStoreException.isRetryable(e)) {
          throw e;
        }
        retries.incrementAndGet();
        pause(attempt);
      }
    }
  }

  /**
   * Runs {@code work} on the thread's connection, or in a transaction of its own, with the tenant setting
   * of {@code tenant}. SQL failures become {@link JdbcStoreException}s.
   */
  <R> R sql(@Nullable TenantId tenant, String what, SqlWork<R> work) {
    Tx tx = bound.get();
    if (tx != null) {
      return run(tx, tenant, what, work);
    }
    return inTransaction(() -> run(java.util.Objects.requireNonNull(bound.get()), tenant, what, work));
  }

  /** Like {@link #sql}, but all-or-nothing even inside a running transaction (behind a savepoint). */
  <R> R atomic(@Nullable TenantId tenant, String what, SqlWork<R> work) {
    return inTransaction(() -> run(java.util.Objects.requireNonNull(bound.get()), tenant, what, work));
  }

  private <R> R run(Tx tx, @Nullable TenantId tenant, String what, SqlWork<R> work) {
    try {
      if (tenant != null) {
        bindTenant(tx, tenant.value());
      }
      return work.run(tx.connection);
    } catch (SQLException e) {
      throw new JdbcStoreException(what + " failed", e);
    }
  }

  /** Sets {@code crmkit.tenant} for the rest of the transaction, when it holds another tenant. */
  void bindTenant(Tx tx, String tenant) throws SQLException {
    if (!dialect.rowLevelSecurity() || tenant.equals(tx.tenant)) {
      return;
    }
    try (PreparedStatement ps = tx.connection.prepareStatement("SELECT set_config('crmkit.tenant', ?, true)")) {
      ps.setString(1, tenant);
      ps.executeQuery().close();
    }
    tx.tenant = tenant;
  }

  /** A new connection in manual-commit mode at the configured isolation, not bound to the thread. */
  Connection open() throws SQLException {
    Connection c = dataSource.getConnection();
    try {
      if (c.getAutoCommit()) {
        c.setAutoCommit(false);
      }
      // READ_COMMITTED is both databases' default: leave the pool's level alone and save the round trip
      // that asking the driver for the current level costs on PostgreSQL
      if (config.isolation() != JdbcStoreConfig.Isolation.READ_COMMITTED) {
        c.setTransactionIsolation(config.isolation().jdbcLevel());
      }
      return c;
    } catch (SQLException | RuntimeException e) {
      closeQuietly(c, e);
      throw e;
    }
  }

  private <R> R outermost(Supplier<R> work) {
    Connection c;
    try {
      c = open();
    } catch (SQLException e) {
      throw new JdbcStoreException("opening a connection failed", e);
    }
    Tx tx = new Tx(c);
    bound.set(tx);
    try {
      R result = work.get();
      try {
        c.commit();
      } catch (SQLException e) {
        throw new JdbcStoreException("commit failed", e);
      }
      return result;
    } catch (RuntimeException | Error e) {
      rollbackQuietly(c, e);
      throw e;
    } finally {
      bound.remove();
      closeQuietly(c, null);
    }
  }

  private static <R> R nested(Tx tx, Supplier<R> work) {
    Savepoint savepoint;
    try {
      savepoint = tx.connection.setSavepoint();
    } catch (SQLException e) {
      throw new JdbcStoreException("setting a savepoint failed", e);
    }
    try {
      R result = work.get();
      try {
        tx.connection.releaseSavepoint(savepoint);
      } catch (SQLException e) {
        throw new JdbcStoreException("releasing a savepoint failed", e);
      }
      return result;
    } catch (RuntimeException | Error e) {
      try {
        tx.connection.rollback(savepoint);
        tx.tenant = null; // a set_config after the savepoint is undone with it
      } catch (SQLException r) {
        e.addSuppressed(r);
      }
      throw e;
    }
  }

  static void rollbackQuietly(Connection c, Throwable primary) {
    try {
      c.rollback();
    } catch (SQLException | RuntimeException r) {
      primary.addSuppressed(r);
    }
  }

  static void closeQuietly(Connection c, @Nullable Throwable primary) {
    try {
      c.close();
    } catch (SQLException | RuntimeException e) {
      if (primary != null) {
        primary.addSuppressed(e);
      }
    }
  }

  private static void pause(int attempt) {
    long maxMillis = Math.min(200, 5L << Math.min(attempt, 5));
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(1, maxMillis + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to retry a transaction", e);
    }
  }
}
