package io.crmkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.StoreCapability;
import io.crmkit.testkit.store.KitRecord;
import io.crmkit.testkit.store.KitRecordId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The store's own behaviour beyond the kit, on H2 (which always runs). */
class JdbcStoreTest {
  @Test
  @DisplayName("migrations are idempotent and recorded in crmkit's own history table")
  void migrationsAreIdempotent() throws Exception {
    DataSource ds = TestDatabases.h2("migrations");
    List<String> before = history(ds);
    assertThat(before).contains("1");
    JdbcStore.migrate(ds);
    JdbcStore.migrate(ds);
    assertThat(history(ds)).isEqualTo(before);
  }

  private static List<String> history(DataSource ds) throws Exception {
    List<String> versions = new java.util.ArrayList<>();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT \"version\", \"success\" FROM \"" + JdbcStore.HISTORY_TABLE + "\" ORDER BY \"installed_rank\"")) {
      while (rs.next()) {
        assertThat(rs.getBoolean(2)).isTrue();
        versions.add(String.valueOf(rs.getString(1)));
      }
    }
    return versions;
  }

  @Test
  @DisplayName("the store declares transactions, concurrent access and durability")
  void capabilities() {
    assertThat(JdbcStore.create(TestDatabases.h2("misc")).capabilities())
        .containsExactlyInAnyOrder(StoreCapability.TRANSACTIONS, StoreCapability.CONCURRENT_ACCESS, StoreCapability.DURABLE);
  }

  @Test
  @DisplayName("a configuration out of bounds is refused when built")
  void configValidation() {
    assertThatThrownBy(() -> JdbcStoreConfig.custom().serializationRetries(-1).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("serializationRetries"));
    assertThatThrownBy(() -> JdbcStoreConfig.custom().fetchSize(0).build()).isInstanceOf(ValidationException.class);
    JdbcStoreConfig base = JdbcStoreConfig.custom().isolation(JdbcStoreConfig.Isolation.SERIALIZABLE).build();
    assertThat(JdbcStoreConfig.from(base).batchSize(10).build().isolation()).isEqualTo(JdbcStoreConfig.Isolation.SERIALIZABLE);
  }

  @Test
  @DisplayName("a nested transaction that fails undoes only its own writes when the outer work catches it")
  void nestedFailureUndoesOnlyItsOwnWrites() {
    JdbcStore store = JdbcStore.create(TestDatabases.h2("misc"), TestDatabases.config().build());
    TenantId tenant = TenantId.of("nested-" + System.nanoTime());
    Repository<KitRecord, KitRecordId> records = store.forTenant(tenant).repository(KitRecord.TYPE);
    store.forTenant(tenant).transactions().run(() -> {
      records.insert(KitRecord.of(tenant, "outer", "o"));
      assertThatThrownBy(() -> store.forTenant(tenant).transactions().run(() -> {
        records.insert(KitRecord.of(tenant, "inner", "i"));
        throw new IllegalStateException("inner fails");
      })).hasMessage("inner fails");
      // a conflicting batch inside the transaction is undone as a whole, and the transaction goes on
      assertThatThrownBy(() -> records.insertAll(List.of(KitRecord.of(tenant, "b1", "b"), KitRecord.of(tenant, "outer", "clash"))))
          .isInstanceOf(io.crmkit.core.ConcurrencyConflictException.class);
    });
    assertThat(records.query(Criteria.all())).extracting(r -> r.id().value()).containsExactly("outer");
  }

  @Test
  @DisplayName("a stream inside a transaction sees the transaction's own writes; streams close their cursor")
  void streamInsideTransaction() {
    JdbcStore store = JdbcStore.create(TestDatabases.h2("misc"), TestDatabases.config().fetchSize(2).build());
    TenantId tenant = TenantId.of("stream-" + System.nanoTime());
    Repository<KitRecord, KitRecordId> records = store.forTenant(tenant).repository(KitRecord.TYPE);
    List<String> seen = store.forTenant(tenant).transactions().inTransaction(() -> {
      for (int i = 0; i < 7; i++) {
        records.insert(KitRecord.of(tenant, "s" + i, "n").withNickname(i % 2 == 0 ? Optional.of("even") : Optional.empty()));
      }
      try (Stream<KitRecord> s = records.stream(Criteria.eq(KitRecord.NICKNAME, "even"))) {
        return s.map(r -> r.id().value()).toList();
      }
    });
    assertThat(seen).containsExactly("s0", "s2", "s4", "s6");
  }
}
