package io.crmkit.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.TenantId;
import io.crmkit.core.store.CrmStore;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.StoreCapability;
import io.crmkit.core.store.TenantStore;
import io.crmkit.marketing.schedule.RetryPolicy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;

/**
 * The crmkit storage SPI on PostgreSQL or H2: a {@code DataSource} in, a {@link CrmStore} out. Every
 * aggregate of every entity type lives in one table of JSON documents keyed by (tenant, type, id), with the
 * values of its declared fields in a side table that criteria, sorting and keyset paging run on; a new
 * aggregate needs no new SQL. Transactions bind one connection to the thread; on PostgreSQL, row-level
 * security keyed on the transaction's tenant guards every row besides the tenant filter of every statement.
 *
 * <pre>{@code
 * JdbcStore.migrate(dataSource);                       // or embed db/migration/crmkit/<database> in your Flyway run
 * CrmStore store = JdbcStore.create(dataSource);
 * Repository<Contact, ContactId> contacts = store.forTenant(TenantId.of("acme")).repository(Contact.TYPE);
 * }</pre>
 *
 * <p>See the module's README for the table design, indexes, limits and distribution on Citus.
 */
public final class JdbcStore implements CrmStore {
  private static final Set<StoreCapability> CAPABILITIES = Collections.unmodifiableSet(
      EnumSet.of(StoreCapability.TRANSACTIONS, StoreCapability.CONCURRENT_ACCESS, StoreCapability.DURABLE));

  /** The Flyway history table of crmkit's migrations, apart from the host's own. */
  public static final String HISTORY_TABLE = "crmkit_schema_history";

  private final Transactions transactions;
  private final JdbcStoreConfig config;
  private final Outbox outbox;
  private final @Nullable HikariDataSource ownedPool;

  private JdbcStore(DataSource dataSource, JdbcStoreConfig config, @Nullable HikariDataSource ownedPool) {
    this.config = config;
    this.ownedPool = ownedPool;
    this.transactions = new Transactions(dataSource, dialectOf(dataSource), config);
    this.outbox = new Outbox(transactions);
  }

  /** A store on {@code dataSource} (a pool; the host closes it) with the default settings. */
  public static JdbcStore create(DataSource dataSource) {
    return create(dataSource, JdbcStoreConfig.ofDefaults());
  }

  /** A store on {@code dataSource} (a pool; the host closes it) with {@code config}. */
  public static JdbcStore create(DataSource dataSource, JdbcStoreConfig config) {
    return new JdbcStore(Objects.requireNonNull(dataSource, "dataSource"), Objects.requireNonNull(config, "config"), null);
  }

  /**
   * A store on a HikariCP pool of at most 10 connections to {@code jdbcUrl}, with the migrations run and
   * the default settings; {@link #close()} closes the pool. For embedded use:
   * {@code JdbcStore.pooled("jdbc:h2:file:./crm", "sa", "")}.
   */
  public static JdbcStore pooled(String jdbcUrl, String user, String password) {
    return pooled(jdbcUrl, user, password, 10, true, JdbcStoreConfig.ofDefaults());
  }

  /**
   * A store on a HikariCP pool of at most {@code maxConnections} connections to {@code jdbcUrl}, which
   * {@link #close()} closes; runs the migrations first when {@code migrate} is true.
   */
  public static JdbcStore pooled(String jdbcUrl, String user, String password, int maxConnections, boolean migrate, JdbcStoreConfig config) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(config, "config");
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(jdbcUrl);
    hikari.setUsername(user);
    hikari.setPassword(password);
    hikari.setMaximumPoolSize(maxConnections);
    hikari.setAutoCommit(false);
    hikari.setPoolName("crmkit");
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      hikari.addDataSourceProperty("reWriteBatchedInserts", "true"); // one multi-row INSERT per batch
    }
    HikariDataSource pool = new HikariDataSource(hikari);
    try {
      if (migrate) {
        migrate(pool);
      }
      return new JdbcStore(pool, config, pool);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  /**
   * Brings the crmkit tables of {@code dataSource}'s default schema up to date with the migrations shipped
   * in this jar ({@code classpath:db/migration/crmkit/postgresql} or {@code .../h2}), recording them in
   * {@value #HISTORY_TABLE}. Idempotent: a second run does nothing.
   */
  public static void migrate(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    Dialect dialect = dialectOf(dataSource);
    Flyway.configure()
        .dataSource(dataSource)
        .locations(dialect.migrationLocation())
        .table(HISTORY_TABLE)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }

  @Override
  public TenantStore forTenant(TenantId tenant) {
    return new JdbcTenantStore(Objects.requireNonNull(tenant, "tenant"), this);
  }

  @Override
  public Set<StoreCapability> capabilities() {
    return CAPABILITIES;
  }

  /** The outbox: publish domain events in the running transaction, and relay them later. */
  public Outbox outbox() {
    return outbox;
  }

  /**
   * The durable job store of {@code tenant} on this store's database, judging failures and expired leases by
   * {@code retry}, with the clock of {@link JdbcStoreConfig#clock()}:
   * {@code store.jobStore(tenant, RetryPolicy.ofDefaults())}. Cheap to make; every instance on one store
   * shares its tables, so workers in many processes may claim from one tenant's jobs at once.
   */
  public JdbcJobStore jobStore(TenantId tenant, RetryPolicy retry) {
    return jobStore(tenant, retry, new SplittableRandom());
  }

  /** Like {@link #jobStore(TenantId, RetryPolicy)}, drawing the backoff jitter from {@code random}. */
  public JdbcJobStore jobStore(TenantId tenant, RetryPolicy retry, RandomGenerator random) {
    return new JdbcJobStore(Objects.requireNonNull(tenant, "tenant"), transactions, Objects.requireNonNull(retry, "retry"),
        Objects.requireNonNull(random, "random"));
  }

  /** The settings this store runs with. */
  public JdbcStoreConfig config() {
    return config;
  }

  /** How many transactions this store ran again after a serialization failure or deadlock. */
  public long serializationRetries() {
    return transactions.retries();
  }

  /** Closes the pool if this store made it ({@link #pooled}); a host's own DataSource stays open. */
  @Override
  public void close() {
    if (ownedPool != null) {
      ownedPool.close();
    }
  }

  Transactions transactions() {
    return transactions;
  }

  <T extends Aggregate<I>, I extends EntityId> DocumentCodec<T> codec(EntityType<T, I> type) {
    return config.<T>codec(type).orElseGet(() -> DocumentCodec.crmJson(type));
  }

  private static Dialect dialectOf(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return Dialect.of(c);
    } catch (SQLException e) {
      throw new JdbcStoreException("connecting to the database failed", e);
    }
  }

  @Override
  public String toString() {
    return "JdbcStore[" + transactions.dialect() + "]";
  }
}
