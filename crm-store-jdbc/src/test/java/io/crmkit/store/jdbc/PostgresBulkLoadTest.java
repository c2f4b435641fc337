package io.crmkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.TenantId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import io.crmkit.testkit.store.KitRecord;
import io.crmkit.testkit.store.KitRecordId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code insertAll} through COPY on PostgreSQL: the same rows as batched INSERTs, escaping, all-or-nothing. */
class PostgresBulkLoadTest {
  private DataSource ds;

  @BeforeEach
  void postgres() {
    TestDatabases.requirePostgres();
    ds = TestDatabases.postgres("crmkit_bulk");
  }

  private Repository<KitRecord, KitRecordId> repository(TenantId tenant, int copyThreshold) {
    return JdbcStore.create(ds, TestDatabases.config().copyThreshold(copyThreshold).build()).forTenant(tenant).repository(KitRecord.TYPE);
  }

  private static List<KitRecord> records(TenantId tenant, int n) {
    List<KitRecord> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(KitRecord.of(tenant, "r-" + i, i % 2 == 0 ? "tab\there\\back\nline\r" : "plain é ü 😀 \\N")
          .withNickname(Optional.of("nick " + (i % 3)))
          .withTags(List.of("t" + (i % 4), "\t", "x\\y"))
          .withCustomFields(Map.of("tier", i % 2 == 0 ? "gold" : "silver", "level", (long) i, "score", new BigDecimal("1.50").add(BigDecimal.valueOf(i)))));
    }
    return out;
  }

  @Test
  @DisplayName("COPY and batched INSERT store the same records and answer the same queries")
  void copyMatchesBatchedInserts() {
    TenantId copied = TenantId.of("copy-" + System.nanoTime());
    TenantId inserted = TenantId.of("insert-" + System.nanoTime());
    Repository<KitRecord, KitRecordId> viaCopy = repository(copied, 1);
    Repository<KitRecord, KitRecordId> viaInsert = repository(inserted, Integer.MAX_VALUE);
    List<KitRecord> a = viaCopy.insertAll(records(copied, 50));
    List<KitRecord> b = viaInsert.insertAll(records(inserted, 50));
    assertThat(a).allSatisfy(r -> assertThat(r.version()).isEqualTo(1));
    assertThat(viaCopy.query(Criteria.and())).containsExactlyInAnyOrderElementsOf(a);
    assertThat(viaCopy.query(Criteria.and()).stream().map(r -> r.withTenantId(inserted)).toList()).containsExactlyInAnyOrderElementsOf(b);
    for (Criteria c : List.of(
        Criteria.eq(KitRecord.NAME, "tab\there\\back\nline\r"),
        Criteria.eq(KitRecord.TAGS, "x\\y"),
        Criteria.eq(KitRecord.TAGS, "\t"),
        Criteria.eq(KitRecord.CUSTOM_TIER, "gold"),
        Criteria.between(KitRecord.CUSTOM_LEVEL, 10L, 20L),
        Criteria.eq(io.crmkit.core.query.FieldRef.decimal("custom.score"), new BigDecimal("3.5")))) {
      List<String> fromCopy = viaCopy.query(c).stream().map(r -> r.id().value()).toList();
      assertThat(fromCopy).as("%s", c).isNotEmpty().isEqualTo(viaInsert.query(c).stream().map(r -> r.id().value()).toList());
      assertThat(fromCopy).containsExactlyInAnyOrderElementsOf(a.stream().filter(KitRecord.TYPE.matcher(c)).map(r -> r.id().value()).toList());
    }
  }

  @Test
  @DisplayName("a COPY load with one existing id stores nothing and names the existing record")
  void duplicateFailsTheWholeLoad() {
    TenantId tenant = TenantId.of("dup-" + System.nanoTime());
    Repository<KitRecord, KitRecordId> repo = repository(tenant, 1);
    repo.insert(KitRecord.of(tenant, "r-7", "existing"));
    assertThatThrownBy(() -> repo.insertAll(records(tenant, 20)))
        .isInstanceOfSatisfying(ConcurrencyConflictException.class, e -> assertThat(e.getMessage()).contains("r-7"));
    assertThat(repo.count(Criteria.and())).isEqualTo(1);
    assertThat(repo.count(Criteria.eq(KitRecord.CUSTOM_TIER, "gold"))).isZero();
  }

  @Test
  @DisplayName("two COPY loads in one transaction, the second failing, keep the first and the transaction usable")
  void loadsInOneTransaction() {
    TenantId tenant = TenantId.of("tx-" + System.nanoTime());
    JdbcStore store = JdbcStore.create(ds, TestDatabases.config().copyThreshold(1).build());
    Repository<KitRecord, KitRecordId> repo = store.forTenant(tenant).repository(KitRecord.TYPE);
    List<KitRecord> all = records(tenant, 30);
    store.forTenant(tenant).transactions().run(() -> {
      repo.insertAll(all.subList(0, 10));
      assertThatThrownBy(() -> repo.insertAll(all.subList(5, 20))).isInstanceOf(ConcurrencyConflictException.class);
      repo.insertAll(all.subList(10, 30));
    });
    assertThat(repo.count(Criteria.and())).isEqualTo(30);
    assertThat(repo.query(Criteria.eq(KitRecord.CUSTOM_TIER, "gold")).stream().map(r -> r.id().value()))
        .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 30).filter(i -> i % 2 == 0).mapToObj(i -> "r-" + i).toList());
  }
}
