package io.crmkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.TenantId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.testkit.store.KitRecord;
import io.crmkit.testkit.store.KitRecordId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the JDBC store does when PostgreSQL fails it or threads race: a lost connection leaves nothing
 * half-written, a unique-key race has exactly one winner, serialization failures are retried (or reported
 * when retries are off), a stale version is refused; and row-level security hides other tenants' rows
 * from a statement that forgets the tenant filter.
 */
class PostgresFailuresTest {
  private static final String SCHEMA = "crmkit_failures";
  private static final AtomicLong SEQUENCE = new AtomicLong();

  private static DataSource app;
  private static HikariDataSource owner;

  private JdbcStore store;
  private TenantId tenant;

  @BeforeAll
  static void database() {
    app = TestDatabases.postgres(SCHEMA);
    owner = TestDatabases.ownerPool(SCHEMA);
  }

  @AfterAll
  static void closeOwner() {
    if (owner != null) {
      owner.close();
    }
  }

  @BeforeEach
  void freshTenant() {
    store = JdbcStore.create(app, TestDatabases.config().build());
    tenant = TenantId.of("fail-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet());
  }

  private Repository<KitRecord, KitRecordId> records(JdbcStore s, TenantId t) {
    return s.forTenant(t).repository(KitRecord.TYPE);
  }

  private Repository<KitRecord, KitRecordId> records() {
    return records(store, tenant);
  }

  private KitRecord record(String id) {
    return KitRecord.of(tenant, id, "name of " + id);
  }

  @Test
  @DisplayName("a connection killed in the middle of a transaction leaves nothing of it written")
  void connectionLostMidTransaction() throws Exception {
    TenantStore ts = store.forTenant(tenant);
    assertThatThrownBy(() -> ts.transactions().run(() -> {
      records().insert(record("first"));
      records().insertAll(List.of(record("second"), record("third")));
      assertThat(terminateIdleInTransactionBackends()).as("backends terminated").isEqualTo(1);
      records().insert(record("fourth"));
    })).isInstanceOf(JdbcStoreException.class);
    assertThat(records().count(Criteria.all())).isZero();
    assertThat(countAsOwner("SELECT count(*) FROM crm_fields WHERE tenant_id = '" + tenant.value() + "'")).isZero();
    // the pool replaced the dead connection: the store goes on working
    assertThat(records().insert(record("after")).version()).isEqualTo(1);
  }

  @Test
  @DisplayName("when threads race to insert the same id, exactly one wins and the others get a conflict")
  void uniqueKeyRace() throws Exception {
    int threads = 8;
    for (int round = 0; round < 5; round++) {
      String id = "contested-" + round;
      List<Object> outcomes = race(threads, t -> {
        try {
          return records().insert(record(id).withName("writer " + t));
        } catch (ConcurrencyConflictException e) {
          return e;
        }
      });
      List<KitRecord> winners = outcomes.stream().filter(KitRecord.class::isInstance).map(KitRecord.class::cast).toList();
      assertThat(winners).hasSize(1);
      assertThat(outcomes).filteredOn(ConcurrencyConflictException.class::isInstance).hasSize(threads - 1)
          .allSatisfy(e -> assertThat(((ConcurrencyConflictException) e).actualVersion()).isEqualTo(1));
      assertThat(records().get(new KitRecordId(id))).isEqualTo(winners.get(0));
    }
  }

  @Test
  @DisplayName("a serialization failure under SERIALIZABLE is retried, and both transactions end up applied")
  void serializationFailureRetried() throws Exception {
    JdbcStore serializable = JdbcStore.create(app, TestDatabases.config()
        .isolation(JdbcStoreConfig.Isolation.SERIALIZABLE).serializationRetries(5).build());
    List<Object> outcomes = writeSkew(serializable);
    assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(Long.class));
    assertThat(serializable.serializationRetries()).isGreaterThanOrEqualTo(1);
    assertThat(records(serializable, tenant).count(Criteria.eq(KitRecord.NAME, "on duty"))).isEqualTo(2);
  }

  @Test
  @DisplayName("with retries off, a serialization failure is reported as retryable and its writes are undone")
  void serializationFailureReported() throws Exception {
    JdbcStore serializable = JdbcStore.create(app, TestDatabases.config()
        .isolation(JdbcStoreConfig.Isolation.SERIALIZABLE).serializationRetries(0).build());
    List<Object> outcomes = writeSkew(serializable);
    assertThat(outcomes).filteredOn(Long.class::isInstance).hasSize(1);
    assertThat(outcomes).filteredOn(JdbcStoreException.class::isInstance).singleElement()
        .satisfies(e -> {
          JdbcStoreException failure = (JdbcStoreException) e;
          assertThat(failure.retryable()).isTrue();
          assertThat(failure.sqlState()).contains("40001");
        });
    assertThat(records(serializable, tenant).count(Criteria.eq(KitRecord.NAME, "on duty"))).isEqualTo(1);
  }

  /**
   * Two transactions each count the records on duty and, seeing none, add one: the classic write skew that
   * SERIALIZABLE must refuse. Both read before either writes (on their first attempt).
   */
  private List<Object> writeSkew(JdbcStore s) throws Exception {
    CyclicBarrier bothRead = new CyclicBarrier(2);
    return race(2, t -> {
      boolean[] firstAttempt = {true};
      try {
        return s.forTenant(tenant).transactions().inTransaction(() -> {
          long onDuty = records(s, tenant).count(Criteria.eq(KitRecord.NAME, "on duty"));
          if (firstAttempt[0]) {
            firstAttempt[0] = false;
            try {
              bothRead.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          }
          records(s, tenant).insert(record("duty-" + t).withName("on duty").withCounter(onDuty));
          return onDuty;
        });
      } catch (JdbcStoreException e) {
        return e;
      }
    });
  }

  @Test
  @DisplayName("an update or delete with a stale version is refused with the stored version, and nothing changes")
  void staleVersion() {
    KitRecord v1 = records().insert(record("r"));
    KitRecord v2 = records().update(v1.withName("second"));
    assertThatThrownBy(() -> records().update(v1.withName("stale")))
        .isInstanceOfSatisfying(ConcurrencyConflictException.class, e -> assertThat(e.actualVersion()).isEqualTo(2));
    assertThatThrownBy(() -> records().delete(v1.id(), 1)).isInstanceOf(ConcurrencyConflictException.class);
    assertThat(records().get(v1.id())).isEqualTo(v2);
    assertThat(records().count(Criteria.eq(KitRecord.NAME, "stale"))).isZero();
  }

  @Test
  @DisplayName("row-level security: a statement without a tenant filter sees only the tenant of crmkit.tenant")
  void rowLevelSecurity() throws Exception {
    TenantId other = TenantId.of(tenant.value() + "-other");
    records().insert(record("mine"));
    records(store, other).insert(KitRecord.of(other, "theirs", "theirs"));
    try (Connection c = app.getConnection()) {
      c.setAutoCommit(false);
      // no tenant set: nothing at all
      assertThat(tenantsVisible(c)).isEmpty();
      try (PreparedStatement ps = c.prepareStatement("SELECT set_config('crmkit.tenant', ?, true)")) {
        ps.setString(1, tenant.value());
        ps.executeQuery().close();
      }
      assertThat(tenantsVisible(c)).containsExactly(tenant.value());
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM crm_fields WHERE tenant_id <> '" + tenant.value() + "'")) {
        rs.next();
        assertThat(rs.getLong(1)).isZero();
      }
      // writing a row of another tenant is refused by the policy's WITH CHECK
      try (Statement s = c.createStatement()) {
        assertThatThrownBy(() -> s.executeUpdate("UPDATE crm_records SET tenant_id = '" + other.value() + "' WHERE tenant_id = '" + tenant.value() + "'"))
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("row-level security");
      }
      c.rollback();
    }
    // the rows exist: the table owner (a superuser here) bypasses the policies and sees both tenants
    assertThat(countAsOwner("SELECT count(*) FROM crm_records WHERE tenant_id IN ('" + tenant.value() + "', '" + other.value() + "')")).isEqualTo(2);
  }

  @Test
  @DisplayName("one transaction may write to two tenants: the row-level security setting follows each repository")
  void transactionAcrossTenants() {
    TenantId other = TenantId.of(tenant.value() + "-second");
    store.forTenant(tenant).transactions().run(() -> {
      records().insert(record("a"));
      records(store, other).insert(KitRecord.of(other, "b", "b"));
      records().update(records().get(new KitRecordId("a")).withName("changed"));
      assertThat(records().count(Criteria.all())).isEqualTo(1);
      assertThat(records(store, other).count(Criteria.all())).isEqualTo(1);
    });
    assertThat(records().get(new KitRecordId("a")).name()).isEqualTo("changed");
    assertThat(records(store, other).find(new KitRecordId("b"))).isPresent();
    assertThat(records(store, other).find(new KitRecordId("a"))).isEmpty();
  }

  @Test
  @DisplayName("running the migrations again changes nothing")
  void migrationsAreIdempotent() throws Exception {
    long before = countAsOwner("SELECT count(*) FROM " + JdbcStore.HISTORY_TABLE);
    JdbcStore.migrate(owner);
    JdbcStore.migrate(owner);
    assertThat(countAsOwner("SELECT count(*) FROM " + JdbcStore.HISTORY_TABLE)).isEqualTo(before).isEqualTo(3); // V1 records, V2 row-level security, V3 jobs
    assertThat(countAsOwner("SELECT count(*) FROM pg_policies WHERE schemaname = '" + SCHEMA + "'")).isEqualTo(3);
  }

  private static List<String> tenantsVisible(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT tenant_id FROM crm_records")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private static long countAsOwner(String sql) throws SQLException {
    try (Connection c = owner.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Terminates the store's backends that sit idle inside a transaction; returns how many. */
  private static long terminateIdleInTransactionBackends() {
    try {
      return countAsOwner("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity"
          + " WHERE application_name = 'crmkit-test-" + SCHEMA + "-app' AND state = 'idle in transaction'");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @FunctionalInterface
  private interface ThreadWork {
    Object run(int thread) throws Exception;
  }

  private static List<Object> race(int threads, ThreadWork work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch ready = new CountDownLatch(threads);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Object>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int n = t;
        futures.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return work.run(n);
        }));
      }
      assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
      go.countDown();
      List<Object> results = new ArrayList<>();
      for (Future<Object> f : futures) {
        results.add(f.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
