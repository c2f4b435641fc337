package io.crmkit.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.Page;
import io.crmkit.core.query.PageRequest;
import io.crmkit.core.query.Query;
import io.crmkit.core.query.Sort;
import io.crmkit.core.store.CrmStore;
import io.crmkit.core.store.Repository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.jspecify.annotations.Nullable;

/**
 * The storage conformance kit as jqwik properties: on random KitRecords and random criteria, a store's
 * query, count, paging and streaming must agree with the reference evaluation
 * ({@code KitRecord.TYPE.matcher(criteria)}) and the reference order. An adapter's test extends it and
 * supplies the store, the same way as for {@link StoreCompatibilityKit}.
 *
 * <pre>{@code
 * class JdbcStoreConformanceProperties extends StoreProperties {
 *   @Override protected CrmStore createStore() { return JdbcStore.create(dataSource); }
 * }
 * }</pre>
 *
 * <p>One store serves each property; every try writes into a fresh tenant, so tries never see each other.
 */
public abstract class StoreProperties {
  private static final TenantId TEMPLATE = TenantId.of("kit-template");
  private static final String RUN = Long.toString(System.nanoTime() & 0xFFFFFFFFL, 36);
  private static final AtomicLong SEQUENCE = new AtomicLong();

  private @Nullable CrmStore store;

  /** A new store to test; called before every property. */
  protected abstract CrmStore createStore();

  /** Releases a store made by {@link #createStore()}; called after every property. The default closes it. */
  protected void disposeStore(CrmStore store) {
    store.close();
  }

  @BeforeProperty
  void openStore() {
    store = createStore();
  }

  @AfterProperty
  void closeStore() {
    CrmStore s = store;
    store = null;
    if (s != null) {
      disposeStore(s);
    }
  }

  @Property(tries = 200)
  void queryAndCountEqualTheReferenceEvaluation(
      @ForAll("recordSets") List<KitRecord> data, @ForAll("criteria") Criteria criteria) {
    Repository<KitRecord, KitRecordId> records = load(data);
    List<String> expected = reference(data, criteria, Sort.byId());
    assertThat(ids(records.query(criteria))).as("query %s", criteria).isEqualTo(expected);
    assertThat(records.count(criteria)).as("count %s", criteria).isEqualTo(expected.size());
  }

  @Property(tries = 150)
  void pagingReturnsEveryMatchOnceInQueryOrder(
      @ForAll("recordSets") List<KitRecord> data,
      @ForAll("criteria") Criteria criteria,
      @ForAll("sorts") Sort sort,
      @ForAll @IntRange(min = 1, max = 7) int pageSize) {
    Repository<KitRecord, KitRecordId> records = load(data);
    List<String> expected = reference(data, criteria, sort);
    assertThat(ids(records.query(Query.where(criteria).orderBy(sort)))).as("query %s by %s", criteria, sort).isEqualTo(expected);
    List<String> paged = new ArrayList<>();
    Optional<PageRequest> next = Optional.of(PageRequest.first(pageSize));
    while (next.isPresent()) {
      Page<KitRecord> page = records.page(criteria, sort, next.get());
      paged.addAll(ids(page.items()));
      next = page.next();
      assertThat(paged.size()).as("paging must end").isLessThanOrEqualTo(expected.size() + pageSize);
    }
    assertThat(paged).as("pages of %s of %s by %s", pageSize, criteria, sort).isEqualTo(expected);
  }

  @Property(tries = 100)
  void streamEqualsQueryInIdOrder(@ForAll("recordSets") List<KitRecord> data, @ForAll("criteria") Criteria criteria) {
    Repository<KitRecord, KitRecordId> records = load(data);
    try (Stream<KitRecord> s = records.stream(criteria)) {
      assertThat(s.toList()).as("stream %s", criteria).isEqualTo(records.query(criteria));
    }
  }

  @Property(tries = 100)
  void limitedQueryIsAPrefixOfTheFullQuery(
      @ForAll("recordSets") List<KitRecord> data,
      @ForAll("sorts") Sort sort,
      @ForAll @IntRange(min = 0, max = 30) int limit) {
    Repository<KitRecord, KitRecordId> records = load(data);
    List<String> all = ids(records.query(Query.all().orderBy(sort)));
    assertThat(ids(records.query(Query.all().orderBy(sort).limit(limit)))).isEqualTo(all.subList(0, Math.min(limit, all.size())));
  }

  @Provide
  Arbitrary<List<KitRecord>> recordSets() {
    return KitArbitraries.recordLists(TEMPLATE, 25);
  }

  @Provide
  Arbitrary<Criteria> criteria() {
    return KitArbitraries.criteria();
  }

  @Provide
  Arbitrary<Sort> sorts() {
    return KitArbitraries.sorts();
  }

  /** Inserts {@code data} into a fresh tenant and returns that tenant's repository. */
  private Repository<KitRecord, KitRecordId> load(List<KitRecord> data) {
    CrmStore s = store;
    if (s == null) {
      throw new IllegalStateException("the store is made before each property");
    }
    TenantId tenant = TenantId.of("kit-p-" + RUN + "-" + SEQUENCE.incrementAndGet());
    Repository<KitRecord, KitRecordId> records = s.forTenant(tenant).repository(KitRecord.TYPE);
    records.insertAll(data.stream().map(r -> r.withTenantId(tenant)).toList());
    return records;
  }

  private static List<String> reference(List<KitRecord> data, Criteria criteria, Sort sort) {
    Predicate<KitRecord> matcher = KitRecord.TYPE.matcher(criteria);
    return ids(data.stream().filter(matcher).sorted(ReferenceOrder.of(sort)).toList());
  }

  private static List<String> ids(List<KitRecord> rs) {
    return rs.stream().map(r -> r.id().value()).toList();
  }
}
