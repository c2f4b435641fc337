package io.crmkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Aggregate;
import io.crmkit.core.TenantId;
import io.crmkit.core.access.AccessDecision;
import io.crmkit.core.access.AccessPolicy;
import io.crmkit.core.access.Action;
import io.crmkit.core.access.FieldAccess;
import io.crmkit.core.access.Principal;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.Page;
import io.crmkit.core.query.PageRequest;
import io.crmkit.core.query.Sort;
import io.crmkit.core.store.CrmStore;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.Repository;
import io.crmkit.testkit.access.SecuredStoreFixture;
import io.crmkit.testkit.access.SecuredStorePolicy;
import io.crmkit.testkit.store.KitRecord;
import io.crmkit.testkit.store.KitRecordId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * On the database the secured store's listings are filtered in SQL: no record is loaded to be asked about,
 * and pages of a sparse visibility are full pages, not the leftovers of filtering after the fact.
 */
class SecuredStoreInSqlTest {
  /** Counts the record-by-record decisions it is asked for. */
  static final class CountingPolicy implements AccessPolicy {
    final AccessPolicy delegate;
    final AtomicInteger decisions = new AtomicInteger();

    CountingPolicy(AccessPolicy delegate) {
      this.delegate = delegate;
    }

    @Override
    public <T extends Aggregate<?>> AccessDecision decide(Principal principal, Action action, EntityType<T, ?> type, T record, Instant at) {
      decisions.incrementAndGet();
      return delegate.decide(principal, action, type, record, at);
    }

    @Override
    public Criteria visibility(Principal principal, Action action, EntityType<?, ?> type, Instant at) {
      return delegate.visibility(principal, action, type, at);
    }

    @Override
    public FieldAccess fieldAccess(Principal principal, EntityType<?, ?> type) {
      return delegate.fieldAccess(principal, type);
    }
  }

  @Test
  void onH2() {
    check(TestDatabases.h2("secured_sql"));
  }

  @Test
  void onPostgres() {
    TestDatabases.requirePostgres();
    check(TestDatabases.postgres("crmkit_secured_sql"));
  }

  private static void check(DataSource dataSource) {
    TenantId tenant = TenantId.of("sec-sql-" + Long.toString(System.nanoTime(), 36));
    try (CrmStore store = JdbcStore.create(dataSource, TestDatabases.config().build())) {
      List<KitRecord> data = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        data.add(KitRecord.of(tenant, String.format("r-%03d", i), "owner-" + (i % 10)).withCounter(i));
      }
      store.forTenant(tenant).repository(KitRecord.TYPE).insertAll(data);
      CountingPolicy policy = new CountingPolicy(new SecuredStorePolicy(Map.of("ann",
          new SecuredStorePolicy.Grant(Set.of("owner-3"), Set.of("r-000"), Set.of(), Map.of()))));
      Repository<KitRecord, KitRecordId> mine = SecuredStoreFixture.secure(store, policy)
          .tenantStore(Principal.user(tenant, "ann")).repository(KitRecord.TYPE);

      List<String> expected = data.stream().filter(r -> r.name().equals("owner-3") || r.id().value().equals("r-000"))
          .map(r -> r.id().value()).toList();
      assertThat(mine.count(Criteria.all())).isEqualTo(21);
      assertThat(mine.query(Criteria.atLeast(KitRecord.COUNTER, 100L))).hasSize(10);
      List<String> paged = new ArrayList<>();
      List<Integer> sizes = new ArrayList<>();
      Optional<PageRequest> next = Optional.of(PageRequest.first(4));
      while (next.isPresent()) {
        Page<KitRecord> page = mine.page(Criteria.all(), Sort.byId(), next.get());
        page.items().forEach(r -> paged.add(r.id().value()));
        sizes.add(page.items().size());
        next = page.next();
      }
      assertThat(paged).isEqualTo(expected);
      assertThat(sizes.subList(0, 5)).as("every page but the last is full").containsOnly(4);
      try (Stream<KitRecord> s = mine.stream(Criteria.all())) {
        assertThat(s.count()).isEqualTo(21);
      }
      assertThat(policy.decisions).as("listings ask the database, not decide()").hasValue(0);
      assertThat(mine.find(new KitRecordId("r-001"))).isEmpty();
      assertThat(policy.decisions).as("a lookup asks decide() about the one record").hasValue(1);
    }
  }
}
