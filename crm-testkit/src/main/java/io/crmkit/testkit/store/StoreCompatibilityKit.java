package io.crmkit.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.crmkit.core.AccessDeniedException;
import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.query.Page;
import io.crmkit.core.query.PageRequest;
import io.crmkit.core.query.Query;
import io.crmkit.core.query.Sort;
import io.crmkit.core.store.CrmStore;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.StoreCapability;
import io.crmkit.core.store.TenantStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The storage conformance kit in JUnit 5 examples: every {@link CrmStore} must pass it. An adapter's test
 * extends it and supplies the store; checks of optional {@link StoreCapability capabilities} the store does
 * not declare are skipped through assumptions, never passed.
 *
 * <pre>{@code
 * class JdbcStoreCompatibilityTest extends StoreCompatibilityKit {
 *   @Override protected CrmStore createStore() { return JdbcStore.create(dataSource); }
 * }
 * }</pre>
 *
 * <p>Each test works in two fresh, randomly named tenants, so a durable store may keep its data between
 * tests. Records are compared with {@code equals}: a store must give back exactly what it was given
 * (including the scale of decimals), at the version it assigned.
 */
public abstract class StoreCompatibilityKit {
  private static final String RUN = Long.toString(System.nanoTime() & 0xFFFFFFFFL, 36);
  private static final AtomicLong SEQUENCE = new AtomicLong();

  private @Nullable CrmStore store;
  private @Nullable TenantId tenantA;
  private @Nullable TenantId tenantB;

  /** A new store to test; called before every test. */
  protected abstract CrmStore createStore();

  /** Releases a store made by {@link #createStore()}; called after every test. The default closes it. */
  protected void disposeStore(CrmStore store) {
    store.close();
  }

  @BeforeEach
  void openStore() {
    long n = SEQUENCE.incrementAndGet();
    tenantA = TenantId.of("kit-" + RUN + "-" + n + "-a");
    tenantB = TenantId.of("kit-" + RUN + "-" + n + "-b");
    store = createStore();
  }

  @AfterEach
  void closeStore() {
    CrmStore s = store;
    store = null;
    if (s != null) {
      disposeStore(s);
    }
  }

  /** The store under test. */
  protected final CrmStore store() {
    CrmStore s = store;
    if (s == null) {
      throw new IllegalStateException("the store is made before each test");
    }
    return s;
  }

  /** The tenant most tests work in. */
  protected final TenantId tenant() {
    return java.util.Objects.requireNonNull(tenantA, "tenantA");
  }

  /** A second tenant, for isolation checks. */
  protected final TenantId otherTenant() {
    return java.util.Objects.requireNonNull(tenantB, "tenantB");
  }

  /** The KitRecord repository of {@code tenant}. */
  protected final Repository<KitRecord, KitRecordId> records(TenantId tenant) {
    return store().forTenant(tenant).repository(KitRecord.TYPE);
  }

  private Repository<KitRecord, KitRecordId> records() {
    return records(tenant());
  }

  private KitRecord record(String id, String name) {
    return KitRecord.of(tenant(), id, name);
  }

  private void requireCapability(StoreCapability capability) {
    assumeTrue(
        store().capabilities().contains(capability),
        () -> "the store does not declare " + capability + ": skipped, not passed");
  }

  private static List<String> ids(List<KitRecord> rs) {
    return rs.stream().map(r -> r.id().value()).toList();
  }

  /** A record with a value in every field. */
  private KitRecord fullRecord(String id) {
    return record(id, "Zoë 𝄞")
        .withNickname(Optional.of(""))
        .withCounter(Long.MAX_VALUE)
        .withAmount(Optional.of(new BigDecimal("12.50")))
        .withActive(true)
        .withSeenAt(Optional.of(Instant.parse("2024-05-06T07:08:09.123456Z")))
        .withDueOn(Optional.of(LocalDate.of(2024, 2, 29)))
        .withTags(List.of("vip", "lead"))
        .withCustomFields(Map.of("tier", "gold", "level", 3L, "since", LocalDate.of(2020, 1, 1)));
  }

  @Nested
  @DisplayName("A repository stores, finds, updates and deletes records")
  class Crud {
    @Test
    @DisplayName("an inserted record comes back equal, at version 1")
    void insertThenFind() {
      KitRecord full = fullRecord("r-1");
      KitRecord saved = records().insert(full);
      assertThat(saved).isEqualTo(full.withVersion(1));
      assertThat(records().find(full.id())).contains(full.withVersion(1));
      KitRecord sparse = records().insert(record("r-2", ""));
      assertThat(records().get(sparse.id())).isEqualTo(record("r-2", "").withVersion(1));
    }

    @Test
    @DisplayName("an unknown id is absent, and get reports it as not found")
    void unknownId() {
      assertThat(records().find(new KitRecordId("missing"))).isEmpty();
      assertThatThrownBy(() -> records().get(new KitRecordId("missing"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("an update stores the new values at the next version")
    void update() {
      KitRecord v1 = records().insert(fullRecord("r-1"));
      KitRecord changed = v1.withName("Ann").withNickname(Optional.empty()).withTags(List.of()).withCustomFields(Map.of());
      KitRecord v2 = records().update(changed);
      assertThat(v2).isEqualTo(changed.withVersion(2));
      assertThat(records().get(v1.id())).isEqualTo(v2);
      assertThat(records().query(Criteria.eq(KitRecord.NAME, "Zoë 𝄞"))).isEmpty();
      assertThat(records().query(Criteria.eq(KitRecord.NAME, "Ann"))).containsExactly(v2);
      assertThat(records().count(Criteria.eq(KitRecord.TAGS, "vip"))).isZero();
    }

    @Test
    @DisplayName("a delete removes the record, from lookups and from queries")
    void delete() {
      KitRecord saved = records().insert(fullRecord("r-1"));
      records().delete(saved.id(), 1);
      assertThat(records().find(saved.id())).isEmpty();
      assertThat(records().count(Criteria.all())).isZero();
      assertThat(records().query(Criteria.eq(KitRecord.TAGS, "vip"))).isEmpty();
    }

    @Test
    @DisplayName("an insert needs version 0")
    void insertNeedsVersionZero() {
      assertThatThrownBy(() -> records().insert(record("r-1", "a").withVersion(3))).isInstanceOf(ValidationException.class);
      assertThat(records().find(new KitRecordId("r-1"))).isEmpty();
    }

    @Test
    @DisplayName("inserting an existing id is a conflict (expected 0) and leaves the stored record alone")
    void insertOfExistingId() {
      KitRecord saved = records().insert(record("r-1", "first"));
      assertThatThrownBy(() -> records().insert(record("r-1", "second")))
          .isInstanceOfSatisfying(
              ConcurrencyConflictException.class,
              e -> {
                assertThat(e.expectedVersion()).isZero();
                assertThat(e.actualVersion()).isEqualTo(1);
              });
      assertThat(records().get(saved.id())).isEqualTo(saved);
    }

    @Test
    @DisplayName("insertAll stores all records, or none when one of them fails")
    void insertAllIsAllOrNothing() {
      records().insert(record("r-3", "taken"));
      List<KitRecord> batch = List.of(record("r-1", "a"), record("r-2", "b"), record("r-3", "clash"));
      assertThatThrownBy(() -> records().insertAll(batch)).isInstanceOf(ConcurrencyConflictException.class);
      assertThat(ids(records().query(Query.all()))).containsExactly("r-3");
      assertThat(records().insertAll(batch.subList(0, 2))).extracting(KitRecord::version).containsExactly(1L, 1L);
      assertThat(records().count(Criteria.all())).isEqualTo(3);
    }

    @Test
    @DisplayName("findAll returns the existing records in the order of the ids asked for")
    void findAll() {
      records().insertAll(List.of(record("a", "1"), record("b", "2"), record("c", "3")));
      List<KitRecordId> asked = List.of(new KitRecordId("c"), new KitRecordId("x"), new KitRecordId("a"));
      assertThat(ids(records().findAll(asked))).containsExactly("c", "a");
    }

    @Test
    @DisplayName("ids are opaque text: Unicode, supplementary characters and punctuation round-trip")
    void unicodeIds() {
      for (String id : List.of("𝄞", "é-é", "a b", "\uFF21", "x:y/z?")) {
        records().insert(record(id, id));
        assertThat(records().get(new KitRecordId(id)).name()).isEqualTo(id);
      }
    }
  }

  @Nested
  @DisplayName("Optimistic concurrency: a stale version never overwrites")
  class OptimisticConcurrency {
    @Test
    @DisplayName("an update with a stale version is refused and changes nothing")
    void staleUpdate() {
      KitRecord v1 = records().insert(record("r-1", "original"));
      KitRecord v2 = records().update(v1.withName("second"));
      assertThatThrownBy(() -> records().update(v1.withName("stale")))
          .isInstanceOfSatisfying(
              ConcurrencyConflictException.class,
              e -> {
                assertThat(e.expectedVersion()).isEqualTo(1);
                assertThat(e.actualVersion()).isEqualTo(2);
              });
      assertThat(records().get(v1.id())).isEqualTo(v2);
      assertThatThrownBy(() -> records().update(v2.withVersion(7))).isInstanceOf(ConcurrencyConflictException.class);
      assertThat(records().get(v1.id())).isEqualTo(v2);
    }

    @Test
    @DisplayName("a delete with a stale version is refused and the record stays")
    void staleDelete() {
      KitRecord v1 = records().insert(record("r-1", "original"));
      KitRecord v2 = records().update(v1.withName("second"));
      assertThatThrownBy(() -> records().delete(v1.id(), 1)).isInstanceOf(ConcurrencyConflictException.class);
      assertThat(records().get(v1.id())).isEqualTo(v2);
    }

    @Test
    @DisplayName("updating or deleting a record that is gone is a conflict with actual version -1")
    void goneRecord() {
      KitRecord v1 = records().insert(record("r-1", "original"));
      records().delete(v1.id(), 1);
      assertThatThrownBy(() -> records().update(v1))
          .isInstanceOfSatisfying(ConcurrencyConflictException.class, e -> assertThat(e.actualVersion()).isEqualTo(-1));
      assertThatThrownBy(() -> records().delete(v1.id(), 1)).isInstanceOf(ConcurrencyConflictException.class);
      assertThat(records().find(v1.id())).isEmpty();
    }

    @Test
    @DisplayName("when threads race to update one version, exactly one wins")
    void raceForOneVersion() throws Exception {
      requireCapability(StoreCapability.CONCURRENT_ACCESS);
      int threads = 8;
      KitRecord current = records().insert(record("r-1", "start"));
      for (int round = 0; round < 10; round++) {
        KitRecord base = current;
        List<Object> outcomes =
            race(threads, t -> {
              try {
                return records().update(base.withName("writer-" + t));
              } catch (ConcurrencyConflictException e) {
                return e;
              }
            });
        List<KitRecord> winners = outcomes.stream().filter(KitRecord.class::isInstance).map(KitRecord.class::cast).toList();
        assertThat(winners).as("winners of version %s", base.version()).hasSize(1);
        assertThat(outcomes).filteredOn(ConcurrencyConflictException.class::isInstance).hasSize(threads - 1);
        current = records().get(base.id());
        assertThat(current).isEqualTo(winners.get(0));
        assertThat(current.version()).isEqualTo(base.version() + 1);
      }
    }

    @Test
    @DisplayName("counter increments that retry on conflict lose no update")
    void incrementsWithRetry() throws Exception {
      requireCapability(StoreCapability.CONCURRENT_ACCESS);
      int threads = 6;
      int increments = 60;
      KitRecord start = records().insert(record("counter", "c"));
      race(threads, t -> {
        for (int i = 0; i < increments; i++) {
          while (true) {
            KitRecord r = records().get(start.id());
            try {
              records().update(r.withCounter(r.counter() + 1));
              break;
            } catch (ConcurrencyConflictException retry) {
              // someone else got there first: read again
            }
          }
        }
        return t;
      });
      KitRecord end = records().get(start.id());
      assertThat(end.counter()).isEqualTo((long) threads * increments);
      assertThat(end.version()).isEqualTo(1L + threads * increments);
    }
  }

  /** Runs {@code work} on {@code threads} threads released together; returns their results. */
  private static List<Object> race(int threads, ThreadWork work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch ready = new CountDownLatch(threads);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Object>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int n = t;
        Callable<Object> task = () -> {
          ready.countDown();
          go.await();
          return work.run(n);
        };
        futures.add(pool.submit(task));
      }
      ready.await(10, TimeUnit.SECONDS);
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

  @FunctionalInterface
  private interface ThreadWork {
    Object run(int thread) throws Exception;
  }

  @Nested
  @DisplayName("Tenants are isolated: nothing crosses from one tenant to another")
  class TenantIsolation {
    @Test
    @DisplayName("reads of one tenant never see another tenant's records")
    void reads() {
      KitRecord theirs = records(otherTenant()).insert(KitRecord.of(otherTenant(), "shared-id", "theirs").withTags(List.of("vip")));
      KitRecord mine = records().insert(record("mine", "mine").withTags(List.of("vip")));
      assertThat(records().find(theirs.id())).isEmpty();
      assertThat(records().findAll(List.of(theirs.id(), mine.id()))).containsExactly(mine);
      assertThat(records().count(Criteria.all())).isEqualTo(1);
      assertThat(records().count(Criteria.eq(KitRecord.TAGS, "vip"))).isEqualTo(1);
      assertThat(records().query(Criteria.eq(KitRecord.NAME, "theirs"))).isEmpty();
      assertThat(records().query(Query.all())).containsExactly(mine);
      Page<KitRecord> page = records().page(Criteria.all(), Sort.byId(), PageRequest.first(10));
      assertThat(page.items()).containsExactly(mine);
      try (Stream<KitRecord> s = records().stream(Criteria.all())) {
        assertThat(s).containsExactly(mine);
      }
      assertThat(records(otherTenant()).query(Query.all())).containsExactly(theirs);
    }

    @Test
    @DisplayName("the same id may exist in two tenants, independently")
    void sameIdInTwoTenants() {
      KitRecord a = records().insert(record("same", "in A"));
      KitRecord b = records(otherTenant()).insert(KitRecord.of(otherTenant(), "same", "in B"));
      records().update(a.withName("A changed"));
      records(otherTenant()).delete(b.id(), 1);
      assertThat(records().get(a.id()).name()).isEqualTo("A changed");
      assertThat(records(otherTenant()).find(b.id())).isEmpty();
    }

    @Test
    @DisplayName("updates and deletes through one tenant cannot reach another tenant's record")
    void writes() {
      KitRecord theirs = records(otherTenant()).insert(KitRecord.of(otherTenant(), "theirs", "untouched"));
      assertThatThrownBy(() -> records().update(theirs.withTenantId(tenant()).withName("hijacked")))
          .isInstanceOf(ConcurrencyConflictException.class);
      assertThatThrownBy(() -> records().update(theirs.withName("hijacked")))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> records().delete(theirs.id(), 1)).isInstanceOf(ConcurrencyConflictException.class);
      assertThat(records(otherTenant()).get(theirs.id())).isEqualTo(theirs);
      assertThat(records().find(theirs.id())).isEmpty();
    }

    @Test
    @DisplayName("inserting a record of another tenant is refused")
    void crossTenantInsert() {
      KitRecord foreign = KitRecord.of(otherTenant(), "foreign", "x");
      assertThatThrownBy(() -> records().insert(foreign)).isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> records().insertAll(List.of(record("ok", "y"), foreign))).isInstanceOf(AccessDeniedException.class);
      assertThat(records().count(Criteria.all())).isZero();
      assertThat(records(otherTenant()).count(Criteria.all())).isZero();
    }

    @Test
    @DisplayName("a tenant store says which tenant it serves")
    void tenantId() {
      TenantStore a = store().forTenant(tenant());
      assertThat(a.tenantId()).isEqualTo(tenant());
    }
  }

  @Nested
  @DisplayName("Criteria mean the same in every store")
  class CriteriaSemantics {
    private List<String> matching(Criteria c) {
      List<KitRecord> found = records().query(c);
      assertThat(records().count(c)).as("count of %s", c).isEqualTo(found.size());
      return ids(found);
    }

    @Test
    @DisplayName("a comparison on an absent value is false, and not() of it is true")
    void absentValuesAndNot() {
      records().insertAll(List.of(
          record("with", "a").withNickname(Optional.of("Bo")),
          record("empty", "b").withNickname(Optional.of("")),
          record("without", "c")));
      assertThat(matching(Criteria.eq(KitRecord.NICKNAME, "Bo"))).containsExactly("with");
      assertThat(matching(Criteria.not(Criteria.eq(KitRecord.NICKNAME, "Bo")))).containsExactly("empty", "without");
      assertThat(matching(Criteria.isNull(KitRecord.NICKNAME))).containsExactly("without");
      assertThat(matching(Criteria.isPresent(KitRecord.NICKNAME))).containsExactly("empty", "with");
      assertThat(matching(Criteria.not(Criteria.atLeast(KitRecord.NICKNAME, "")))).containsExactly("without");
      assertThat(matching(Criteria.not(Criteria.prefix(KitRecord.NICKNAME, "")))).containsExactly("without");
      assertThat(matching(Criteria.not(Criteria.not(Criteria.eq(KitRecord.NICKNAME, "Bo"))))).containsExactly("with");
    }

    @Test
    @DisplayName("a multi-valued field matches when any of its values does")
    void multiValuedAnyMatch() {
      records().insertAll(List.of(
          record("both", "a").withTags(List.of("lead", "vip")),
          record("lead", "b").withTags(List.of("lead")),
          record("none", "c")));
      assertThat(matching(Criteria.eq(KitRecord.TAGS, "vip"))).containsExactly("both");
      assertThat(matching(Criteria.in(KitRecord.TAGS, "vip", "lead"))).containsExactly("both", "lead");
      assertThat(matching(Criteria.not(Criteria.eq(KitRecord.TAGS, "vip")))).containsExactly("lead", "none");
      assertThat(matching(Criteria.and(Criteria.eq(KitRecord.TAGS, "vip"), Criteria.eq(KitRecord.TAGS, "lead")))).containsExactly("both");
      assertThat(matching(Criteria.isNull(KitRecord.TAGS))).containsExactly("none");
      assertThat(matching(Criteria.prefix(KitRecord.TAGS, "v"))).containsExactly("both");
    }

    @Test
    @DisplayName("decimals are equal when numerically equal, whatever their scale")
    void decimalScale() {
      records().insertAll(List.of(
          record("one", "a").withAmount(Optional.of(new BigDecimal("1"))),
          record("one.0", "b").withAmount(Optional.of(new BigDecimal("1.0"))),
          record("one.00", "c").withAmount(Optional.of(new BigDecimal("1.00"))),
          record("ten", "d").withAmount(Optional.of(new BigDecimal("1E+1"))),
          record("none", "e")));
      assertThat(matching(Criteria.eq(KitRecord.AMOUNT, new BigDecimal("1.000")))).containsExactly("one", "one.0", "one.00");
      assertThat(matching(Criteria.in(KitRecord.AMOUNT, new BigDecimal("10.0")))).containsExactly("ten");
      assertThat(matching(Criteria.greaterThan(KitRecord.AMOUNT, new BigDecimal("1.0")))).containsExactly("ten");
      assertThat(matching(Criteria.atMost(KitRecord.AMOUNT, new BigDecimal("1")))).containsExactly("one", "one.0", "one.00");
      // the stored scale is kept
      assertThat(records().get(new KitRecordId("one.00")).amount()).contains(new BigDecimal("1.00"));
    }

    @Test
    @DisplayName("text compares by code point: supplementary characters sort after every BMP character")
    void codePointOrder() {
      records().insertAll(List.of(
          record("clef", "𝄞"),
          record("fullwidth", "\uFF21"),
          record("private", "\uE000"),
          record("z", "z")));
      assertThat(matching(Criteria.greaterThan(KitRecord.NAME, "\uFF21"))).containsExactly("clef");
      assertThat(matching(Criteria.lessThan(KitRecord.NAME, "𝄞"))).containsExactlyInAnyOrder("fullwidth", "private", "z");
      assertThat(ids(records().query(Query.all().orderBy(Sort.by(KitRecord.NAME))))).containsExactly("z", "private", "fullwidth", "clef");
      assertThat(ids(records().query(Query.all().orderBy(Sort.byDescending(KitRecord.NAME))))).containsExactly("clef", "fullwidth", "private", "z");
    }

    @Test
    @DisplayName("text matching is case-sensitive; prefix and contains are plain substring tests")
    void textMatching() {
      records().insertAll(List.of(record("1", "Anna"), record("2", "anna"), record("3", "100%"), record("4", "a_b")));
      assertThat(matching(Criteria.eq(KitRecord.NAME, "anna"))).containsExactly("2");
      assertThat(matching(Criteria.prefix(KitRecord.NAME, "A"))).containsExactly("1");
      assertThat(matching(Criteria.contains(KitRecord.NAME, "nn"))).containsExactly("1", "2");
      // characters that are wildcards in SQL LIKE are literal here
      assertThat(matching(Criteria.contains(KitRecord.NAME, "%"))).containsExactly("3");
      assertThat(matching(Criteria.contains(KitRecord.NAME, "_"))).containsExactly("4");
      assertThat(matching(Criteria.prefix(KitRecord.NAME, "a_"))).containsExactly("4");
    }

    @Test
    @DisplayName("empty in matches nothing, empty and matches everything, empty or matches nothing")
    void emptyTerms() {
      records().insertAll(List.of(record("1", "a"), record("2", "b")));
      assertThat(matching(Criteria.in(KitRecord.NAME, List.of()))).isEmpty();
      assertThat(matching(Criteria.in(KitRecord.COUNTER, List.of()))).isEmpty();
      assertThat(matching(Criteria.all())).containsExactly("1", "2");
      assertThat(matching(Criteria.none())).isEmpty();
      assertThat(matching(Criteria.not(Criteria.none()))).containsExactly("1", "2");
      assertThat(matching(Criteria.not(Criteria.in(KitRecord.NAME, List.of())))).containsExactly("1", "2");
    }

    @Test
    @DisplayName("ranges honour inclusive and exclusive bounds on every ordered kind")
    void ranges() {
      records().insertAll(List.of(
          record("early", "a").withCounter(-1).withDueOn(Optional.of(LocalDate.of(1999, 12, 31)))
              .withSeenAt(Optional.of(Instant.parse("2024-01-01T00:00:00Z"))),
          record("late", "b").withCounter(5).withDueOn(Optional.of(LocalDate.of(2024, 2, 29)))
              .withSeenAt(Optional.of(Instant.parse("2024-01-01T00:00:00.000001Z"))),
          record("undated", "c").withCounter(0)));
      assertThat(matching(Criteria.between(KitRecord.COUNTER, -1L, 5L))).containsExactly("early", "undated");
      assertThat(matching(Criteria.atLeast(KitRecord.DUE_ON, LocalDate.of(2000, 1, 1)))).containsExactly("late");
      assertThat(matching(Criteria.greaterThan(KitRecord.SEEN_AT, Instant.parse("2024-01-01T00:00:00Z")))).containsExactly("late");
      assertThat(matching(Criteria.atMost(KitRecord.SEEN_AT, Instant.parse("2024-01-01T00:00:00Z")))).containsExactly("early");
    }

    @Test
    @DisplayName("booleans, ids and custom fields are queryable; a custom field of another kind matches nothing")
    void booleansIdsAndCustomFields() {
      records().insertAll(List.of(
          record("g", "a").withActive(true).withCustomFields(Map.of("tier", "gold", "level", 2L)),
          record("s", "b").withCustomFields(Map.of("tier", "silver", "level", new BigDecimal("2"))),
          record("n", "c").withCustomFields(Map.of("tier", 7L))));
      assertThat(matching(Criteria.eq(KitRecord.ACTIVE, true))).containsExactly("g");
      assertThat(matching(Criteria.eq(KitRecord.ACTIVE, false))).containsExactly("n", "s");
      assertThat(matching(Criteria.in(EntityType.ID, "g", "n", "x"))).containsExactly("g", "n");
      assertThat(matching(Criteria.eq(KitRecord.CUSTOM_TIER, "gold"))).containsExactly("g");
      assertThat(matching(Criteria.eq(KitRecord.CUSTOM_LEVEL, 2L))).containsExactly("g");
      assertThat(matching(Criteria.isNull(KitRecord.CUSTOM_TIER))).containsExactly("n");
      assertThat(matching(Criteria.eq(FieldRef.number("custom.tier"), 7L))).containsExactly("n");
      assertThat(matching(Criteria.isNull(FieldRef.text("custom.unknown")))).containsExactly("g", "n", "s");
    }

    @Test
    @DisplayName("an unknown field or a field of the wrong kind is refused")
    void unknownFields() {
      assertThatThrownBy(() -> records().query(Criteria.eq(FieldRef.text("nope"), "x"))).isInstanceOf(ValidationException.class);
      assertThatThrownBy(() -> records().count(Criteria.eq(FieldRef.number("name"), 1L))).isInstanceOf(ValidationException.class);
    }
  }

  @Nested
  @DisplayName("Keyset paging returns every record exactly once")
  class Paging {
    private List<KitRecord> pageThrough(Criteria c, Sort sort, int size) {
      List<KitRecord> seen = new ArrayList<>();
      Optional<PageRequest> next = Optional.of(PageRequest.first(size));
      int pages = 0;
      while (next.isPresent()) {
        Page<KitRecord> page = records().page(c, sort, next.get());
        assertThat(page.items().size()).isLessThanOrEqualTo(size);
        if (page.nextCursor().isPresent()) {
          assertThat(page.items()).as("a page with a next cursor is full").hasSize(size);
        }
        seen.addAll(page.items());
        next = page.next();
        assertThat(++pages).as("pages").isLessThan(1000);
      }
      return seen;
    }

    private void insertSample(int n) {
      List<KitRecord> batch = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        batch.add(record(String.format("r-%03d", (i * 37) % n), "name-" + (i % 4))
            .withNickname(i % 3 == 0 ? Optional.empty() : Optional.of("nick-" + (i % 5)))
            .withAmount(i % 4 == 0 ? Optional.empty() : Optional.of(new BigDecimal(i % 6).setScale(i % 3)))
            .withDueOn(i % 5 == 0 ? Optional.empty() : Optional.of(LocalDate.of(2024, 1, 1 + i % 7)))
            .withCounter(i % 9));
      }
      records().insertAll(batch);
    }

    @Test
    @DisplayName("in id order, every record appears once and pages follow each other")
    void everyRecordOnce() {
      insertSample(53);
      List<KitRecord> seen = pageThrough(Criteria.all(), Sort.byId(), 10);
      assertThat(seen).hasSize(53);
      assertThat(new HashSet<>(ids(seen))).hasSize(53);
      assertThat(seen).isEqualTo(records().query(Query.all()));
      assertThat(ids(seen)).isSortedAccordingTo(io.crmkit.core.query.Values.CODE_POINT_ORDER);
    }

    @Test
    @DisplayName("sorted by optional fields, absent values come last ascending and first descending")
    void optionalSortKeys() {
      insertSample(41);
      for (Sort sort : List.of(
          Sort.by(KitRecord.NICKNAME),
          Sort.byDescending(KitRecord.NICKNAME),
          Sort.by(KitRecord.AMOUNT).thenDescending(KitRecord.DUE_ON),
          Sort.byDescending(KitRecord.DUE_ON).then(KitRecord.NAME).thenDescending(KitRecord.COUNTER))) {
        List<KitRecord> all = records().query(Query.all());
        List<KitRecord> expected = all.stream().sorted(ReferenceOrder.of(sort)).toList();
        assertThat(ids(records().query(Query.all().orderBy(sort)))).as("query %s", sort).isEqualTo(ids(expected));
        for (int size : new int[] {1, 4, 41, 100}) {
          assertThat(ids(pageThrough(Criteria.all(), sort, size))).as("pages of %s by %s", size, sort).isEqualTo(ids(expected));
        }
      }
      List<KitRecord> byNick = records().query(Query.all().orderBy(Sort.by(KitRecord.NICKNAME)));
      assertThat(byNick.get(byNick.size() - 1).nickname()).isEmpty();
      assertThat(records().query(Query.all().orderBy(Sort.byDescending(KitRecord.NICKNAME))).get(0).nickname()).isEmpty();
    }

    @Test
    @DisplayName("paging with criteria returns exactly the matching records")
    void withCriteria() {
      insertSample(47);
      Criteria c = Criteria.or(Criteria.eq(KitRecord.NAME, "name-1"), Criteria.isNull(KitRecord.AMOUNT));
      Sort sort = Sort.byDescending(KitRecord.AMOUNT);
      assertThat(pageThrough(c, sort, 3)).isEqualTo(records().query(Query.where(c).orderBy(sort)));
    }

    @Test
    @DisplayName("an empty result is one last page; a limit cuts the query")
    void emptyAndLimit() {
      Page<KitRecord> empty = records().page(Criteria.all(), Sort.byId(), PageRequest.first(5));
      assertThat(empty.items()).isEmpty();
      assertThat(empty.isLast()).isTrue();
      insertSample(12);
      assertThat(records().query(Query.all().limit(5))).isEqualTo(records().query(Query.all()).subList(0, 5));
      assertThat(records().query(Query.all().limit(0))).isEmpty();
      Page<KitRecord> exact = records().page(Criteria.all(), Sort.byId(), PageRequest.first(12));
      assertThat(exact.items()).hasSize(12);
      // a store may or may not know that a full page was the last; if it offers a next page, that page is empty
      exact.next().ifPresent(n -> assertThat(records().page(Criteria.all(), Sort.byId(), n).items()).isEmpty());
    }

    @Test
    @DisplayName("a cursor is refused for another sort, and garbage is refused as a cursor")
    void badCursors() {
      insertSample(5);
      String cursor = records().page(Criteria.all(), Sort.by(KitRecord.NAME), PageRequest.first(2)).nextCursor().orElseThrow();
      assertThatThrownBy(() -> records().page(Criteria.all(), Sort.by(KitRecord.NICKNAME), PageRequest.after(cursor, 2)))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("cursor"));
      assertThatThrownBy(() -> records().page(Criteria.all(), Sort.byId(), PageRequest.after("not a cursor!", 2)))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("cursor"));
    }

    @Test
    @DisplayName("records inserted behind the cursor do not disturb the pages still to come")
    void insertBehindCursor() {
      insertSample(20);
      Page<KitRecord> first = records().page(Criteria.all(), Sort.byId(), PageRequest.first(10));
      records().insert(record("!", "before everything"));
      Page<KitRecord> second = records().page(Criteria.all(), Sort.byId(), first.next().orElseThrow());
      Set<String> firstIds = new HashSet<>(ids(first.items()));
      assertThat(ids(second.items())).doesNotContainAnyElementsOf(firstIds).doesNotContain("!").hasSize(10);
    }
  }

  @Nested
  @DisplayName("Streaming returns every matching record in id order")
  class Streaming {
    @Test
    @DisplayName("a stream equals the query in id order")
    void streamEqualsQuery() {
      List<KitRecord> batch = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        batch.add(record("s" + (i * 7 % 30), "n" + (i % 3)).withTags(i % 2 == 0 ? List.of("vip") : List.of()));
      }
      records().insertAll(batch);
      for (Criteria c : List.of(Criteria.all(), Criteria.eq(KitRecord.TAGS, "vip"), Criteria.none(), Criteria.prefix(KitRecord.NAME, "n1"))) {
        try (Stream<KitRecord> s = records().stream(c)) {
          assertThat(s.toList()).as("stream of %s", c).isEqualTo(records().query(c));
        }
      }
    }
  }

  @Nested
  @DisplayName("Transactions are all-or-nothing")
  class Transactions {
    @BeforeEach
    void requireTransactions() {
      requireCapability(StoreCapability.TRANSACTIONS);
    }

    @Test
    @DisplayName("when the work throws, its inserts, updates and deletes are undone and the exception propagates")
    void rollback() {
      KitRecord kept = records().insert(record("kept", "original").withTags(List.of("vip")));
      KitRecord other = records().insert(record("other", "x"));
      IllegalStateException boom = new IllegalStateException("boom");
      TenantStore ts = store().forTenant(tenant());
      assertThatThrownBy(() -> ts.transactions().run(() -> {
        records().insert(record("new", "inserted"));
        records().update(kept.withName("changed").withTags(List.of()));
        records().delete(other.id(), 1);
        throw boom;
      })).isSameAs(boom);
      assertThat(records().query(Query.all())).containsExactly(kept, other);
      assertThat(records().query(Criteria.eq(KitRecord.TAGS, "vip"))).containsExactly(kept);
      assertThat(records().count(Criteria.eq(KitRecord.NAME, "changed"))).isZero();
    }

    @Test
    @DisplayName("when the work completes, its writes stay and its result is returned")
    void commit() {
      TenantStore ts = store().forTenant(tenant());
      KitRecord saved = ts.transactions().inTransaction(() -> {
        KitRecord r = records().insert(record("a", "one"));
        return records().update(r.withName("two"));
      });
      assertThat(saved.version()).isEqualTo(2);
      assertThat(records().get(saved.id())).isEqualTo(saved);
    }

    @Test
    @DisplayName("a nested transaction joins the outer one: its writes are undone when the outer work fails")
    void nestedJoins() {
      TenantStore ts = store().forTenant(tenant());
      assertThatThrownBy(() -> ts.transactions().run(() -> {
        records().insert(record("outer", "o"));
        ts.transactions().run(() -> records().insert(record("inner", "i")));
        assertThat(records().find(new KitRecordId("inner"))).isPresent();
        throw new IllegalStateException("outer fails");
      })).hasMessage("outer fails");
      assertThat(records().count(Criteria.all())).isZero();
      ts.transactions().run(() -> ts.transactions().run(() -> records().insert(record("both", "b"))));
      assertThat(ids(records().query(Query.all()))).containsExactly("both");
    }
  }
}
