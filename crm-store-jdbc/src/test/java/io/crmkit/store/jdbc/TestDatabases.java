package io.crmkit.store.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.crmkit.testkit.store.KitRecord;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * The databases the tests run on: an in-memory H2 database per name, and a PostgreSQL schema per name
 * (dropped and re-created with the migrations on first use in a run). PostgreSQL comes from
 * {@code CRMKIT_PG_URL} / {@code CRMKIT_PG_USER} / {@code CRMKIT_PG_PASSWORD} (system properties or
 * environment; default {@code jdbc:postgresql://127.0.0.1:5432/test}, user {@code postgres}). When it is
 * unreachable its tests are skipped with a warning, except under {@code CI=true}, where they fail.
 *
 * <p>On PostgreSQL the store runs as the ordinary role {@value #APP_ROLE} ({@code SET ROLE} on each pooled
 * connection), so row-level security applies to everything the tests do; migrations run as the connecting
 * (owner) user.
 */
final class TestDatabases {
  static final String APP_ROLE = "crmkit_app";

  private static final Map<String, HikariDataSource> POOLS = new ConcurrentHashMap<>();

  static {
    // Each schema keeps its pool for the whole run; a fixed-size pool per schema would hold more connections
    // than PostgreSQL's default 100 allow once there are a dozen schemas. PostgreSQL pools therefore open
    // connections on demand and close idle ones after Hikari's minimum idle timeout (10 s), checked every 2 s.
    System.setProperty("com.zaxxer.hikari.housekeeping.periodMs", "2000");
  }

  private TestDatabases() {}

  /**
   * The store configuration of the tests: the kit's record needs its own codec, and on PostgreSQL batches
   * of three or more records load through COPY (smaller ones through batched INSERTs), so the kit covers both.
   */
  static JdbcStoreConfig.Builder config() {
    return JdbcStoreConfig.custom().documentCodec(KitRecord.TYPE, KitRecordCodec.INSTANCE).copyThreshold(3);
  }

  /** A migrated in-memory H2 database named {@code name}, kept for the whole run. */
  static DataSource h2(String name) {
    return POOLS.computeIfAbsent("h2:" + name, k -> {
      HikariConfig c = new HikariConfig();
      c.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
      c.setUsername("sa");
      c.setPassword("");
      c.setMaximumPoolSize(12);
      c.setPoolName("h2-" + name);
      HikariDataSource ds = new HikariDataSource(c);
      JdbcStore.migrate(ds);
      return ds;
    });
  }

  static String pgUrl() {
    return setting("CRMKIT_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  }

  static String pgUser() {
    return setting("CRMKIT_PG_USER", "postgres");
  }

  static String pgPassword() {
    return setting("CRMKIT_PG_PASSWORD", "");
  }

  /** The URL of schema {@code schema}. */
  static String pgUrl(String schema) {
    String url = pgUrl();
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /**
   * Skips the calling test (or fails it under CI=true) when PostgreSQL is unreachable.
   */
  static void requirePostgres() {
    skipReason().ifPresent(reason -> assumeTrue(false, reason));
  }

  /**
   * Why the PostgreSQL tests must be skipped (printing a WARNING), or empty when PostgreSQL is reachable;
   * throws under CI=true, where an unreachable PostgreSQL is a failure.
   */
  static java.util.Optional<String> skipReason() {
    String problem = postgresProblem();
    if (problem == null) {
      return java.util.Optional.empty();
    }
    String message = "PostgreSQL at " + pgUrl() + " (user " + pgUser() + ") is unreachable: " + problem;
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException(message + " -- CI=true, so the PostgreSQL tests fail instead of skipping");
    }
    System.err.println("WARNING: " + message + " -- SKIPPING the PostgreSQL tests of crm-store-jdbc"
        + " (set CRMKIT_PG_URL / CRMKIT_PG_USER to point them at a server)");
    return java.util.Optional.of("PostgreSQL unreachable, PostgreSQL tests skipped: " + message);
  }

  private static volatile String probed;

  private static String postgresProblem() {
    String p = probed;
    if (p == null) {
      try (Connection c = DriverManager.getConnection(pgUrl(), pgUser(), pgPassword())) {
        p = "";
      } catch (SQLException e) {
        p = e.getMessage() == null ? e.toString() : e.getMessage();
      }
      probed = p;
    }
    return p.isEmpty() ? null : p;
  }

  /** A fresh, migrated schema {@code schema}; returns a pool that runs as the application role. */
  static DataSource postgres(String schema) {
    requirePostgres();
    return POOLS.computeIfAbsent("pg:" + schema, k -> {
      try (Connection c = DriverManager.getConnection(pgUrl(), pgUser(), pgPassword()); Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        s.execute("CREATE SCHEMA " + schema);
        s.execute("DO $$ BEGIN CREATE ROLE " + APP_ROLE + " NOLOGIN NOSUPERUSER NOBYPASSRLS;"
            + " EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$");
      } catch (SQLException e) {
        throw new IllegalStateException("preparing schema " + schema + " failed", e);
      }
      HikariDataSource owner = pool(schema, "owner", null, 2);
      try {
        JdbcStore.migrate(owner);
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
          s.execute("GRANT " + APP_ROLE + " TO " + pgUser());
          s.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + APP_ROLE);
          s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + APP_ROLE);
          s.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + APP_ROLE);
          if (!c.getAutoCommit()) {
            c.commit();
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException("granting schema " + schema + " failed", e);
      } finally {
        owner.close();
      }
      return pool(schema, "app", "SET ROLE " + APP_ROLE, 12);
    });
  }

  /** A pool on {@code schema} as the connecting (owner) user, for setup and for checks that bypass the store. */
  static HikariDataSource ownerPool(String schema) {
    return pool(schema, "owner", null, 2);
  }

  private static HikariDataSource pool(String schema, String what, String initSql, int size) {
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl(pgUrl(schema));
    c.setUsername(pgUser());
    c.setPassword(pgPassword());
    c.setMaximumPoolSize(size);
    c.setMinimumIdle(0);
    c.setIdleTimeout(10_000);
    c.setPoolName(schema + "-" + what);
    c.addDataSourceProperty("ApplicationName", "crmkit-test-" + schema + "-" + what);
    c.addDataSourceProperty("reWriteBatchedInserts", "true");
    if (initSql != null) {
      c.setConnectionInitSql(initSql);
    }
    return new HikariDataSource(c);
  }

  private static String setting(String name, String fallback) {
    String v = System.getProperty(name);
    if (v == null || v.isBlank()) {
      v = System.getenv(name);
    }
    return v == null || v.isBlank() ? fallback : v;
  }
}
