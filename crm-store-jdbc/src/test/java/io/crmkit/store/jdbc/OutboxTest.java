package io.crmkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.event.ChangeKind;
import io.crmkit.core.event.RecordChanged;
import io.crmkit.core.json.CrmJson;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.testkit.store.KitRecord;
import io.crmkit.testkit.store.KitRecordId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The outbox: events are written in the transaction of the changes they describe, then claimed and delivered. */
class OutboxTest {
  private final TestClock clock = new TestClock(Instant.parse("2026-03-01T09:00:00Z"));

  private JdbcStore store(String database) {
    DataSource ds = database.equals("h2") ? TestDatabases.h2("outbox") : TestDatabases.postgres("crmkit_outbox");
    JdbcStore store = JdbcStore.create(ds, TestDatabases.config().clock(clock).build());
    // start from an empty outbox: deliver whatever earlier tests left
    for (List<OutboxEntry> left = store.outbox().claim(1000, Duration.ofDays(1)); !left.isEmpty();
        left = store.outbox().claim(1000, Duration.ofDays(1))) {
      store.outbox().markDelivered(left);
    }
    return store;
  }

  private static RecordChanged changed(TenantId tenant, String id, Instant at) {
    return new RecordChanged(tenant, new RecordRef(KitRecord.TYPE.name(), id), ChangeKind.CREATED, Set.of(), "u-1", at);
  }

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"h2", "postgresql"})
  @DisplayName("an event is written with the transaction's changes, and rolled back with them")
  void writtenInTheSameTransaction(String database) {
    JdbcStore store = store(database);
    TenantId tenant = TenantId.of("outbox-" + System.nanoTime());
    TenantStore ts = store.forTenant(tenant);
    Repository<KitRecord, KitRecordId> records = ts.repository(KitRecord.TYPE);

    assertThatThrownBy(() -> ts.transactions().run(() -> {
      records.insert(KitRecord.of(tenant, "lost", "x"));
      store.outbox().publish(changed(tenant, "lost", clock.instant()));
      throw new IllegalStateException("the work fails after publishing");
    })).hasMessageContaining("work fails");
    assertThat(store.outbox().pending()).isZero();
    assertThat(records.count(Criteria.all())).isZero();

    RecordChanged event = changed(tenant, "kept", clock.instant());
    ts.transactions().run(() -> {
      records.insert(KitRecord.of(tenant, "kept", "x"));
      store.outbox().publish(event);
    });
    List<OutboxEntry> claimed = store.outbox().claim(10, Duration.ofMinutes(1));
    assertThat(claimed).singleElement().satisfies(e -> {
      assertThat(e.tenantId()).isEqualTo(tenant);
      assertThat(e.eventType()).isEqualTo(RecordChanged.class.getName());
      assertThat(e.occurredAt()).isEqualTo(event.occurredAt());
      assertThat(CrmJson.read(e.payload(), RecordChanged.class)).isEqualTo(event);
    });
    assertThat(records.count(Criteria.all())).isEqualTo(1);
    store.outbox().markDelivered(claimed);
    assertThat(store.outbox().pending()).isZero();
  }

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"h2", "postgresql"})
  @DisplayName("claims lease events oldest first; delivered events are gone, undelivered ones return after the lease")
  void claimLeaseAndDeliver(String database) {
    JdbcStore store = store(database);
    TenantId tenant = TenantId.of("relay-" + System.nanoTime());
    assertThat(store.outbox().pending()).isZero();
    for (int i = 0; i < 3; i++) {
      store.outbox().publish(changed(tenant, "r" + i, clock.instant().plusSeconds(i)));
    }
    List<OutboxEntry> first = store.outbox().claim(2, Duration.ofMinutes(1));
    assertThat(first).extracting(e -> CrmJson.read(e.payload(), RecordChanged.class).record().id()).containsExactly("r0", "r1");
    assertThat(first.get(0).sequence()).isLessThan(first.get(1).sequence());
    List<OutboxEntry> second = store.outbox().claim(2, Duration.ofMinutes(1));
    assertThat(second).extracting(e -> CrmJson.read(e.payload(), RecordChanged.class).record().id()).containsExactly("r2");
    assertThat(store.outbox().claim(5, Duration.ofMinutes(1))).as("everything is leased").isEmpty();

    store.outbox().markDelivered(first);
    assertThat(store.outbox().pending()).isEqualTo(1);
    clock.advance(Duration.ofMinutes(2));
    assertThat(store.outbox().claim(5, Duration.ofMinutes(1))).as("the lapsed lease is claimable again")
        .extracting(OutboxEntry::sequence).containsExactly(second.get(0).sequence());
  }

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"h2", "postgresql"})
  @DisplayName("relays claiming at the same time never get the same event")
  void concurrentRelaysClaimDisjointEvents(String database) throws Exception {
    JdbcStore store = store(database);
    TenantId tenant = TenantId.of("relays-" + System.nanoTime());
    int events = 40;
    for (int i = 0; i < events; i++) {
      store.outbox().publish(changed(tenant, "e" + i, clock.instant()));
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<List<OutboxEntry>>> relays = new java.util.ArrayList<>();
      for (int r = 0; r < 4; r++) {
        relays.add(pool.submit(() -> {
          go.await();
          List<OutboxEntry> mine = new java.util.ArrayList<>();
          for (List<OutboxEntry> batch = store.outbox().claim(3, Duration.ofMinutes(5)); !batch.isEmpty();
              batch = store.outbox().claim(3, Duration.ofMinutes(5))) {
            mine.addAll(batch);
          }
          return mine;
        }));
      }
      go.countDown();
      List<OutboxEntry> all = new java.util.ArrayList<>();
      for (java.util.concurrent.Future<List<OutboxEntry>> f : relays) {
        all.addAll(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
      }
      assertThat(all).extracting(OutboxEntry::sequence).hasSize(events).doesNotHaveDuplicates();
      store.outbox().markDelivered(all);
      assertThat(store.outbox().pending()).isZero();
    } finally {
      pool.shutdownNow();
    }
  }
}
