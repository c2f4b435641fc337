package io.crmkit.benchmarks.jdbc;

import io.crmkit.benchmarks.SampleContacts;
import io.crmkit.core.party.Contact;
import io.crmkit.core.store.CrmStore;
import io.crmkit.store.jdbc.JdbcStore;
import io.crmkit.store.jdbc.JdbcStoreConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The PostgreSQL side of the benchmarks: a dedicated schema per benchmark data set (dropped and re-created
 * when it is loaded afresh), a pooled {@link JdbcStore} on it, and the sample contacts of
 * {@code io.crmkit.benchmarks.SampleContacts}.
 *
 * <p>{@code JdbcStore store = BenchDatabase.store("crmkit_bench_lookup", JdbcStoreConfig.ofDefaults());}
 */
public final class BenchDatabase {
  private BenchDatabase() {}

  static String url() {
    return setting("CRMKIT_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  }

  static String user() {
    return setting("CRMKIT_PG_USER", "postgres");
  }

  static String password() {
    return setting("CRMKIT_PG_PASSWORD", "");
  }

  private static String setting(String name, String fallback) {
    String v = System.getProperty(name);
    if (v == null) {
      v = System.getenv(name);
    }
    return v == null ? fallback : v;
  }

  /** Runs {@code sql} as the connecting user, outside the schema. */
  public static void execute(String sql) {
    try (Connection c = DriverManager.getConnection(url(), user(), password()); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + url() + " failed on: " + sql, e);
    }
  }

  /** Drops and re-creates {@code schema} (empty). */
  public static void recreate(String schema) {
    execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE; CREATE SCHEMA " + schema);
  }

  /** A store on {@code schema} (migrated), pooled, with {@code config}. */
  public static JdbcStore store(String schema, JdbcStoreConfig config) {
    String url = url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return JdbcStore.pooled(url, user(), password(), 4, true, config);
  }

  /**
   * {@code VACUUM ANALYZE}s the store's tables in {@code schema} after a bulk load, as autovacuum would do
   * later: the planner learns the data, and the visibility map lets index-only scans skip the heap.
   */
  static void vacuumAnalyze(String schema) {
    execute("VACUUM ANALYZE " + schema + ".crm_records");
    execute("VACUUM ANALYZE " + schema + ".crm_fields");
  }

  /** How many contacts of the sample tenant {@code schema} holds. */
  static long contacts(CrmStore store) {
    return store.forTenant(Samples.TENANT).repository(Contact.TYPE).count(io.crmkit.core.query.Criteria.and());
  }

  /** The sample contacts of {@link SampleContacts}, in its tenant. */
  static final class Samples {
    static final io.crmkit.core.TenantId TENANT = SampleContacts.TENANT;

    private Samples() {}

    static List<Contact> generate(int count) {
      return SampleContacts.generate(count);
    }
  }
}
