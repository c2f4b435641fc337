package io.crmkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.query.ValueKind;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.Repository;
import io.crmkit.testkit.store.KitRecord;
import io.crmkit.testkit.store.KitRecordId;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Custom fields materialised in {@code crm_fields} and queried in SQL, on H2 and PostgreSQL: kinds kept
 * apart, long texts outside the index still found, rows rewritten on update, and a type without a lister
 * still answered (in Java) the same way.
 */
class CustomFieldsInSqlTest {
  private static final FieldRef<String> TIER = KitRecord.CUSTOM_TIER;
  private static final FieldRef<Long> LEVEL = KitRecord.CUSTOM_LEVEL;
  private static final FieldRef<BigDecimal> LEVEL_DECIMAL = FieldRef.decimal("custom.level");
  private static final FieldRef<String> NOTE = FieldRef.text("custom.note");

  /** The kit's record type with custom fields readable but not listable: the Java residual path. */
  private static final EntityType<KitRecord, KitRecordId> READER_ONLY = readerOnly();

  @Test
  @DisplayName("H2: custom-field criteria run in SQL with the reference semantics")
  void h2() throws Exception {
    check(TestDatabases.h2("custom-fields"));
  }

  @Test
  @DisplayName("PostgreSQL: custom-field criteria run in SQL with the reference semantics")
  void postgres() throws Exception {
    TestDatabases.requirePostgres();
    check(TestDatabases.postgres("custom_fields"));
  }

  private void check(DataSource ds) throws Exception {
    JdbcStore store = JdbcStore.create(ds, TestDatabases.config().documentCodec(READER_ONLY, KitRecordCodec.INSTANCE).build());
    TenantId tenant = TenantId.of("cf-" + System.nanoTime());
    String longNote = "n".repeat(FieldColumns.INDEXED_CUSTOM_TEXT + 40);
    List<KitRecord> records = List.of(
        KitRecord.of(tenant, "gold-long", "a").withCustomFields(Map.of("tier", "gold", "level", 2L, "note", longNote)),
        KitRecord.of(tenant, "silver-dec", "b").withCustomFields(Map.of("tier", "silver", "level", new BigDecimal("2.0"))),
        KitRecord.of(tenant, "tier-number", "c").withCustomFields(Map.of("tier", 7L, "since", LocalDate.of(2020, 1, 1))),
        KitRecord.of(tenant, "plain", "d"));
    Repository<KitRecord, KitRecordId> listed = store.forTenant(tenant).repository(KitRecord.TYPE);
    Repository<KitRecord, KitRecordId> residual = store.forTenant(tenant).repository(READER_ONLY);
    listed.insertAll(records);
    residual.insertAll(records);

    List<Criteria> criteria = List.of(
        Criteria.eq(TIER, "gold"),
        Criteria.eq(LEVEL, 2L),
        Criteria.eq(LEVEL_DECIMAL, new BigDecimal("2")),
        Criteria.isNull(TIER),
        Criteria.not(Criteria.eq(TIER, "gold")),
        Criteria.eq(NOTE, longNote),
        Criteria.in(NOTE, List.of(longNote, "x")),
        Criteria.prefix(NOTE, "nnn"),
        Criteria.or(Criteria.eq(TIER, "silver"), Criteria.between(LEVEL, 1L, 3L)),
        Criteria.and(Criteria.eq(KitRecord.NAME, "c"), Criteria.isNull(FieldRef.text("custom.since"))),
        Criteria.isNull(FieldRef.date("custom.since")));
    for (Criteria c : criteria) {
      List<String> expected = ids(records.stream().filter(KitRecord.TYPE.matcher(c)).toList());
      assertThat(SqlCriteria.compile(c, KitRecord.TYPE, Dialect.H2).exact()).as("%s is exact in SQL", c).isTrue();
      assertThat(ids(listed.query(c))).as("%s in SQL", c).isEqualTo(expected);
      assertThat(listed.count(c)).as("count of %s", c).isEqualTo(expected.size());
      assertThat(ids(residual.query(c))).as("%s filtered in Java", c).isEqualTo(expected);
    }
    assertThat(SqlCriteria.compile(Criteria.eq(TIER, "gold"), READER_ONLY, Dialect.H2).exact()).isFalse();

    // the kind is part of the row: LONG 2 and DECIMAL 2.0 of the same key are told apart, text and number too
    assertThat(ids(listed.query(Criteria.eq(LEVEL, 2L)))).containsExactly("gold-long");
    assertThat(ids(listed.query(Criteria.eq(LEVEL_DECIMAL, new BigDecimal("2"))))).containsExactly("silver-dec");
    assertThat(ids(listed.query(Criteria.eq(FieldRef.number("custom.tier"), 7L)))).containsExactly("tier-number");
    assertThat(customRows(ds, tenant, "gold-long")).containsExactly("custom.level:long", "custom.note:text", "custom.tier:text");
    assertThat(customRows(ds, tenant, "plain")).isEmpty();

    // an update rewrites the custom rows: the old value is gone, the new one found
    KitRecord gold = listed.find(new KitRecordId("gold-long")).orElseThrow();
    listed.update(gold.withCustomFields(Map.of("tier", "platinum")));
    assertThat(ids(listed.query(Criteria.eq(TIER, "gold")))).isEmpty();
    assertThat(ids(listed.query(Criteria.eq(TIER, "platinum")))).containsExactly("gold-long");
    assertThat(customRows(ds, tenant, "gold-long")).containsExactly("custom.tier:text");
  }

  private static List<String> customRows(DataSource ds, TenantId tenant, String id) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement set = c.prepareStatement("SELECT set_config('crmkit.tenant', ?, true)")) {
        set.setString(1, tenant.value());
        set.execute();
      } catch (java.sql.SQLException h2HasNoSetConfig) {
        c.rollback();
      }
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT field FROM crm_fields WHERE tenant_id = ? AND entity_type = ? AND id = ? AND field LIKE 'custom.%' ORDER BY field")) {
        ps.setString(1, tenant.value());
        ps.setString(2, KitRecord.TYPE.name());
        ps.setString(3, id);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getString(1));
          }
        }
      }
      c.rollback();
    }
    return out;
  }

  private static List<String> ids(List<KitRecord> records) {
    return records.stream().map(r -> r.id().value()).sorted(Comparator.naturalOrder()).toList();
  }

  private static EntityType<KitRecord, KitRecordId> readerOnly() {
    EntityType.Builder<KitRecord, KitRecordId> b = EntityType.builder("kit_reader_only", KitRecord.class, KitRecordId::new);
    b.field(KitRecord.NAME, KitRecord::name).index(KitRecord.NAME);
    b.customFields((r, key, kind) -> KitRecord.TYPE.binding(new FieldRef<>(EntityType.CUSTOM_PREFIX + key, kind)).values(r));
    return b.build();
  }
}
