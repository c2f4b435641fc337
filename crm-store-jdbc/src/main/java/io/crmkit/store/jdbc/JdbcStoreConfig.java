package io.crmkit.store.jdbc;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.store.EntityType;
import java.sql.Connection;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings of a {@link JdbcStore}: transaction isolation, how often a serialization failure is retried,
 * fetch and batch sizes, the clock of the outbox, and document codecs for entity types whose aggregates
 * crmkit's JSON cannot type. Immutable; built and validated resilience4j style.
 *
 * <p>{@code JdbcStoreConfig.custom().isolation(Isolation.SERIALIZABLE).serializationRetries(5).build()}
 */
public final class JdbcStoreConfig {
  /** The transaction isolation level of the store's transactions. */
  public enum Isolation {
    /**
     * The databases' default: each statement sees what was committed before it began. The store leaves the
     * connections' own level alone (configure the pool if it differs).
     */
    READ_COMMITTED(Connection.TRANSACTION_READ_COMMITTED),
    /** A snapshot for the whole transaction. */
    REPEATABLE_READ(Connection.TRANSACTION_REPEATABLE_READ),
    /** As if transactions ran one after another; conflicts fail with SQLState 40001 and are retried. */
    SERIALIZABLE(Connection.TRANSACTION_SERIALIZABLE);

    private final int level;

    Isolation(int level) {
      this.level = level;
    }

    int jdbcLevel() {
      return level;
    }
  }

  private static final JdbcStoreConfig DEFAULTS = new Builder().build();

  private final Isolation isolation;
  private final int serializationRetries;
  private final int fetchSize;
  private final int batchSize;
  private final int copyThreshold;
  private final Clock clock;
  private final Map<String, DocumentCodec<?>> codecs;

  private JdbcStoreConfig(Builder b) {
    this.isolation = b.isolation;
    this.serializationRetries = b.serializationRetries;
    this.fetchSize = b.fetchSize;
    this.batchSize = b.batchSize;
    this.copyThreshold = b.copyThreshold;
    this.clock = b.clock;
    this.codecs = Map.copyOf(b.codecs);
  }

  /** The defaults: READ_COMMITTED, 3 retries, fetch size 500, batch size 1000, COPY from 2000 records, the UTC system clock. */
  public static JdbcStoreConfig ofDefaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder custom() {
    return new Builder();
  }

  /** A builder starting from {@code base}. */
  public static Builder from(JdbcStoreConfig base) {
    Objects.requireNonNull(base, "base");
    Builder b = new Builder();
    b.isolation = base.isolation;
    b.serializationRetries = base.serializationRetries;
    b.fetchSize = base.fetchSize;
    b.batchSize = base.batchSize;
    b.copyThreshold = base.copyThreshold;
    b.clock = base.clock;
    b.codecs.putAll(base.codecs);
    return b;
  }

  public Isolation isolation() {
    return isolation;
  }

  /** How many times a transaction that failed with a serialization failure or deadlock is run again. */
  public int serializationRetries() {
    return serializationRetries;
  }

  /** Rows fetched per round trip when streaming or scanning. */
  public int fetchSize() {
    return fetchSize;
  }

  /** Rows sent per batch by {@code insertAll}. */
  public int batchSize() {
    return batchSize;
  }

  /**
   * From how many records on {@code insertAll} loads through {@code COPY} on PostgreSQL (into session
   * staging tables, then one {@code INSERT … SELECT} per table); smaller batches are batched
   * {@code INSERT}s. {@link Integer#MAX_VALUE} never copies. Ignored on H2.
   */
  public int copyThreshold() {
    return copyThreshold;
  }

  /** The clock of outbox timestamps and leases. */
  public Clock clock() {
    return clock;
  }

  /** The codec registered for {@code type}, if any. */
  @SuppressWarnings("unchecked")
  <T> Optional<DocumentCodec<T>> codec(EntityType<?, ?> type) {
    return Optional.ofNullable((DocumentCodec<T>) codecs.get(type.name()));
  }

  /** Builds a {@link JdbcStoreConfig}; {@link #build()} validates. */
  public static final class Builder {
    private Isolation isolation = Isolation.READ_COMMITTED;
    private int serializationRetries = 3;
    private int fetchSize = 500;
    private int batchSize = 1000;
    private int copyThreshold = 2000;
    private Clock clock = Clock.systemUTC();
    private final Map<String, DocumentCodec<?>> codecs = new HashMap<>();

    private Builder() {}

    public Builder isolation(Isolation isolation) {
      this.isolation = Objects.requireNonNull(isolation, "isolation");
      return this;
    }

    /** 0 reports the first serialization failure; at most 20. */
    public Builder serializationRetries(int retries) {
      this.serializationRetries = retries;
      return this;
    }

    public Builder fetchSize(int fetchSize) {
      this.fetchSize = fetchSize;
      return this;
    }

    public Builder batchSize(int batchSize) {
      this.batchSize = batchSize;
      return this;
    }

    /** See {@link JdbcStoreConfig#copyThreshold()}; at least 1. */
    public Builder copyThreshold(int copyThreshold) {
      this.copyThreshold = copyThreshold;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Keeps the aggregates of {@code type} as the documents {@code codec} writes. */
    public <T extends Aggregate<I>, I extends EntityId> Builder documentCodec(EntityType<T, I> type, DocumentCodec<T> codec) {
      Objects.requireNonNull(type, "type");
      codecs.put(type.name(), Objects.requireNonNull(codec, "codec"));
      return this;
    }

    public JdbcStoreConfig build() {
      ValidationException.check(
          serializationRetries >= 0 && serializationRetries <= 20,
          "serializationRetries",
          "must be between 0 and 20 but was " + serializationRetries);
      ValidationException.check(fetchSize >= 1 && fetchSize <= 100_000, "fetchSize", "must be between 1 and 100000 but was " + fetchSize);
      ValidationException.check(batchSize >= 1 && batchSize <= 100_000, "batchSize", "must be between 1 and 100000 but was " + batchSize);
      ValidationException.check(copyThreshold >= 1, "copyThreshold", "must be at least 1 (Integer.MAX_VALUE never copies) but was " + copyThreshold);
      return new JdbcStoreConfig(this);
    }
  }
}
