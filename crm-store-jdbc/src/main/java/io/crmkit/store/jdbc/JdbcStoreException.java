package io.crmkit.store.jdbc;

import io.crmkit.core.CrmException;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The database failed a statement of the JDBC store: the connection was lost, a serialization conflict
 * outlasted the configured retries, a constraint of the host's own making was violated. The transaction it
 * ran in was rolled back; nothing of it was written.
 *
 * <p>{@code catch (JdbcStoreException e) { if (e.retryable()) ... }}
 */
public final class JdbcStoreException extends CrmException {
  private static final long serialVersionUID = 1L;

  private final String sqlState;

  JdbcStoreException(String message, SQLException cause) {
    super(message + " [SQLState " + cause.getSQLState() + "]: " + cause.getMessage(), cause);
    this.sqlState = cause.getSQLState() == null ? "" : cause.getSQLState();
  }

  /** The SQLState the database reported, if it reported one. */
  public Optional<String> sqlState() {
    return sqlState.isEmpty() ? Optional.empty() : Optional.of(sqlState);
  }

  /**
   * Whether running the same transaction again may succeed: a serialization failure (40001) or a deadlock
   * (40P01) that outlasted the store's own retries.
   */
  public boolean retryable() {
    return isRetryable(sqlState);
  }

  static boolean isRetryable(String sqlState) {
    return "40001".equals(sqlState) || "40P01".equals(sqlState);
  }

  /** Whether {@code t} or one of its causes is a retryable database failure. */
  static boolean isRetryable(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLException s && isRetryable(s.getSQLState())) {
        return true;
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return false;
  }
}
