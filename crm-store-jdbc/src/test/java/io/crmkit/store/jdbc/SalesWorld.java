package io.crmkit.store.jdbc;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.IdGenerator;
import io.crmkit.core.TenantId;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.Contact;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.Page;
import io.crmkit.core.query.PageRequest;
import io.crmkit.core.query.Sort;
import io.crmkit.core.store.CrmStore;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.sales.cadence.Cadence;
import io.crmkit.sales.cadence.Enrolment;
import io.crmkit.sales.followup.FollowUp;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.product.PriceBook;
import io.crmkit.sales.product.Product;
import io.crmkit.sales.quote.Quote;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * One tenant of the sales tests on one store — the in-memory reference ({@code memory}), H2 ({@code h2}) or
 * PostgreSQL ({@code postgresql}, as the row-level-security role) — with a clock moved by hand and an id
 * generator that counts, so the same operations on two worlds make the same records and the results can be
 * compared with {@code equals}.
 */
final class SalesWorld {
  /** The stored record types of crm-sales, and the crm-core ones its services write. */
  static final List<EntityType<?, ?>> SALES_TYPES = List.of(
      Lead.TYPE, Opportunity.TYPE, Quote.TYPE, FollowUp.TYPE, Cadence.TYPE, Enrolment.TYPE, Product.TYPE, PriceBook.TYPE);
  static final List<EntityType<?, ?>> ALL_TYPES = Stream.concat(
      SALES_TYPES.stream(), Stream.of(Account.TYPE, Contact.TYPE, Activity.TYPE)).toList();

  /** Microseconds and nanoseconds on purpose: the documents must keep them. */
  static final Instant START = Instant.parse("2026-03-02T08:15:30.123456789Z");

  private static final AtomicLong TENANTS = new AtomicLong();

  final String database;
  final CrmStore store;
  final TenantId tenantId;
  final TenantStore tenant;
  final TestClock clock = new TestClock(START);
  final IdGenerator ids;
  private final Optional<DataSource> dataSource;

  private SalesWorld(String database, CrmStore store, Optional<DataSource> dataSource, TenantId tenantId) {
    this.database = database;
    this.store = store;
    this.dataSource = dataSource;
    this.tenantId = tenantId;
    this.tenant = store.forTenant(tenantId);
    AtomicLong next = new AtomicLong();
    this.ids = () -> String.format("id-%05d", next.incrementAndGet());
  }

  /** A tenant name no earlier run (PostgreSQL schemas outlive a JVM only until the next run) has used. */
  static TenantId freshTenant(String what) {
    return TenantId.of("sales-" + what + "-" + System.nanoTime() + "-" + TENANTS.incrementAndGet());
  }

  /** Tenant {@code tenant} on {@code database}: {@code memory} (a fresh store), {@code h2} or {@code postgresql}. */
  static SalesWorld of(String database, TenantId tenant) {
    return switch (database) {
      case "memory" -> new SalesWorld(database, InMemoryStore.create(), Optional.empty(), tenant);
      case "h2", "postgresql" -> {
        DataSource ds = dataSource(database);
        yield new SalesWorld(database, jdbc(ds), Optional.of(ds), tenant);
      }
      default -> throw new IllegalArgumentException("no database " + database);
    };
  }

  /** The in-memory reference and {@code database}, both for the same tenant. */
  static List<SalesWorld> referenceAnd(String database, String what) {
    TenantId tenant = freshTenant(what);
    return List.of(of("memory", tenant), of(database, tenant));
  }

  static DataSource dataSource(String database) {
    return database.equals("h2") ? TestDatabases.h2("sales") : TestDatabases.postgres("crmkit_sales");
  }

  private static JdbcStore jdbc(DataSource ds) {
    return JdbcStore.create(ds, TestDatabases.config().build());
  }

  /**
   * The same tenant on a new store object over the same database, so reads come from the tables and not from
   * anything the first store object holds; the in-memory world is its own reopening.
   */
  TenantStore reopened() {
    return dataSource.map(ds -> jdbc(ds).forTenant(tenantId)).orElse(tenant);
  }

  /** Another tenant of the same store. */
  SalesWorld otherTenant(String what) {
    return new SalesWorld(database, store, dataSource, freshTenant(what));
  }

  <T extends Aggregate<I>, I extends EntityId> Repository<T, I> repo(EntityType<T, I> type) {
    return tenant.repository(type);
  }

  /** Every record of {@code types} as read through {@link #reopened()}, by type name and id. */
  Map<String, Object> snapshot(List<EntityType<?, ?>> types) {
    TenantStore fresh = reopened();
    Map<String, Object> all = new TreeMap<>();
    for (EntityType<?, ?> type : types) {
      add(fresh, all, type);
    }
    return all;
  }

  private static <T extends Aggregate<I>, I extends EntityId> void add(TenantStore store, Map<String, Object> into, EntityType<T, I> type) {
    try (Stream<T> s = store.repository(type).stream(Criteria.all())) {
      s.forEach(r -> into.put(type.name() + ":" + r.id().value(), r));
    }
  }

  /** Every page of {@code criteria} in {@code sort}, {@code size} records a page, following the cursors. */
  static <T extends Aggregate<I>, I extends EntityId> List<List<T>> pages(
      Repository<T, I> repo, Criteria criteria, Sort sort, int size) {
    List<List<T>> pages = new ArrayList<>();
    Optional<PageRequest> next = Optional.of(PageRequest.first(size));
    while (next.isPresent()) {
      Page<T> page = repo.page(criteria, sort, next.get());
      pages.add(page.items());
      next = page.next();
      if (pages.size() > 1_000) {
        throw new AssertionError("paging does not end");
      }
    }
    return pages;
  }

  /** Runs {@code scenario} on each world and returns the results in the same order. */
  static <R> List<R> run(List<SalesWorld> worlds, Function<SalesWorld, R> scenario) {
    return worlds.stream().map(scenario).toList();
  }

  @Override
  public String toString() {
    return database + "/" + tenantId.value();
  }
}
