package io.crmkit.store.jdbc;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.json.CrmJson;
import io.crmkit.marketing.schedule.Claim;
import io.crmkit.marketing.schedule.FailureOutcome;
import io.crmkit.marketing.schedule.Job;
import io.crmkit.marketing.schedule.JobKey;
import io.crmkit.marketing.schedule.JobState;
import io.crmkit.marketing.schedule.JobStore;
import io.crmkit.marketing.schedule.Lease;
import io.crmkit.marketing.schedule.NewJob;
import io.crmkit.marketing.schedule.RetryPolicy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * crm-marketing's durable scheduler SPI {@link JobStore} on the database of a {@link JdbcStore}, for one
 * tenant: {@code JobStore jobs = store.jobStore(tenant, RetryPolicy.ofDefaults());}. Jobs live in
 * {@code crm_jobs}, keyed by (tenant, job key); every statement filters by the tenant and, on PostgreSQL,
 * row-level security checks it too. Time comes from the store's clock ({@link JdbcStoreConfig#clock()}).
 *
 * <p>A claim is one transaction: it selects the claimable rows earliest first ({@code ready_at}: the due
 * time while pending, the lease expiry while claimed) with {@code FOR UPDATE SKIP LOCKED} on PostgreSQL, so
 * concurrent workers take disjoint rows without waiting, and writes the new leases with a check of each row's
 * version. On H2, which applies {@code SKIP LOCKED} only after locking every row its {@code LIMIT} scanned,
 * the rows are selected {@code FOR UPDATE}: a concurrent claimer waits for the first to commit, and the version
 * check then skips every row the first one took, so no job is ever held by two workers there either. Lease
 * tokens come from the sequence {@code crm_job_lease_tokens}; heartbeat, complete and fail are single
 * statements guarded by the token. Inside a transaction of the store's {@code transactions()}, enqueue joins
 * it, so a host can store an enrolment and its timer together.
 */
public final class JdbcJobStore implements JobStore {
  private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);
  private static final String COLUMNS =
      "job_key, payload, due_at, state, attempts, lease_worker, lease_token, lease_expires, last_error, version";
  private static final String CLOSE_LEASE = "lease_worker = NULL, lease_token = NULL, lease_expires = NULL, ready_at = NULL,"
      + " version = version + 1";
  private static final String DEAD = "UPDATE crm_jobs SET state = 'DEAD', last_error = ?, " + CLOSE_LEASE
      + " WHERE tenant_id = ? AND job_key = ?";
  private static final String CURRENT = " WHERE tenant_id = ? AND job_key = ? AND state = 'CLAIMED' AND lease_token = ?";

  private final TenantId tenantId;
  private final Transactions transactions;
  private final RetryPolicy retry;
  private final RandomGenerator random;

  JdbcJobStore(TenantId tenantId, Transactions transactions, RetryPolicy retry, RandomGenerator random) {
    this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.retry = Objects.requireNonNull(retry, "retry");
    this.random = Objects.requireNonNull(random, "random");
  }

  /** The tenant whose jobs this store holds. */
  public TenantId tenantId() {
    return tenantId;
  }

  /** The retry policy failures and expired leases are judged by. */
  public RetryPolicy retryPolicy() {
    return retry;
  }

  @Override
  public boolean enqueue(NewJob job) {
    Objects.requireNonNull(job, "job");
    ValidationException.check(
        job.tenantId().equals(tenantId), "tenantId", "job of tenant " + job.tenantId() + " in the store of " + tenantId);
    Dialect dialect = transactions.dialect();
    String payload = CrmJson.write(new TreeMap<>(job.payload()));
    String sql = "INSERT INTO crm_jobs (tenant_id, job_key, payload, due_at, state, attempts, version, ready_at)"
        + " VALUES (?, ?, " + dialect.documentParameter() + ", ?, 'PENDING', 0, ?, ?)" + dialect.insertIgnoringConflict();
    return transactions.atomic(tenantId, "enqueueing job " + job.key(), c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, tenantId.value());
        ps.setString(2, job.key().value());
        ps.setString(3, payload);
        ps.setBigDecimal(4, nanos(job.dueAt()));
        ps.setLong(5, Job.pending(job).version());
        ps.setBigDecimal(6, nanos(job.dueAt()));
        return ps.executeUpdate() == 1;
      } catch (SQLException e) {
        if (JdbcRepository.isUniqueViolation(e) && dialect.insertIgnoringConflict().isEmpty()) {
          return false; // H2: the failed statement left the transaction intact
        }
        throw e;
      }
    });
  }

  @Override
  public List<Claim> claimDue(String worker, int limit, Duration leaseFor) {
    Objects.requireNonNull(worker, "worker");
    Objects.requireNonNull(leaseFor, "leaseFor");
    ValidationException.check(!worker.isBlank(), "worker", "must not be blank");
    ValidationException.check(limit >= 1, "limit", "must be at least 1 but was " + limit);
    ValidationException.check(!leaseFor.isNegative() && !leaseFor.isZero(), "leaseFor", "must be positive");
    Instant now = clock();
    Instant expiresAt = now.plus(leaseFor);
    return transactions.atomic(tenantId, "claiming due jobs", c -> {
      List<Claim> out = new ArrayList<>(Math.min(limit, 256));
      while (out.size() < limit) {
        int wanted = limit - out.size();
        List<Row> rows = selectClaimable(c, now, wanted);
        List<Row> claimed = new ArrayList<>();
        List<Row> dead = new ArrayList<>();
        for (Row r : rows) {
          (r.job.state() == JobState.CLAIMED && r.job.attempts() >= retry.maxAttempts() ? dead : claimed).add(r);
        }
        writeClaims(c, claimed, worker, expiresAt, out);
        writeExpiredDead(c, dead);
        if (rows.size() < wanted) {
          break;
        }
      }
      return List.copyOf(out);
    });
  }

  /** A claimable row with the lease token drawn for it. */
  private record Row(Job job, long token) {}

  private List<Row> selectClaimable(Connection c, Instant now, int wanted) throws SQLException {
    Dialect dialect = transactions.dialect();
    String sql = "SELECT " + COLUMNS + ", " + nextToken(dialect) + " FROM crm_jobs"
        + " WHERE tenant_id = ? AND ready_at IS NOT NULL AND ready_at <= ? ORDER BY ready_at LIMIT ?"
        + (dialect == Dialect.POSTGRESQL ? " FOR UPDATE SKIP LOCKED" : " FOR UPDATE");
    List<Row> rows = new ArrayList<>(wanted);
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, tenantId.value());
      ps.setBigDecimal(2, nanos(now));
      ps.setInt(3, wanted);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new Row(job(rs), rs.getLong(11)));
        }
      }
    }
    return rows;
  }

  private static String nextToken(Dialect dialect) {
    return dialect == Dialect.POSTGRESQL ? "nextval('crm_job_lease_tokens')" : "NEXT VALUE FOR crm_job_lease_tokens";
  }

  private void writeClaims(Connection c, List<Row> rows, String worker, Instant expiresAt, List<Claim> out) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    String sql = "UPDATE crm_jobs SET state = 'CLAIMED', attempts = attempts + 1, lease_worker = ?, lease_token = ?,"
        + " lease_expires = ?, ready_at = ?, version = version + 1 WHERE tenant_id = ? AND job_key = ? AND version = ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (Row r : rows) {
        ps.setString(1, worker);
        ps.setLong(2, r.token);
        ps.setBigDecimal(3, nanos(expiresAt));
        ps.setBigDecimal(4, nanos(expiresAt));
        ps.setString(5, tenantId.value());
        ps.setString(6, r.job.key().value());
        ps.setLong(7, r.job.version());
        ps.addBatch();
      }
      int[] counts = ps.executeBatch();
      for (int i = 0; i < rows.size(); i++) {
        if (counts[i] == 0) {
          continue; // H2 only: another claimer took the row between our read and our lock
        }
        Job j = rows.get(i).job;
        Lease lease = new Lease(worker, rows.get(i).token, expiresAt);
        out.add(new Claim(new Job(j.tenantId(), j.key(), j.payload(), j.dueAt(), JobState.CLAIMED, j.attempts() + 1,
            Optional.of(lease), j.lastError(), j.version() + 1), lease));
      }
    }
  }

  private void writeExpiredDead(Connection c, List<Row> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(DEAD + " AND version = ?")) {
      for (Row r : rows) {
        Job j = r.job;
        String error = "lease of " + j.lease().orElseThrow().worker() + " expired on attempt " + j.attempts() + " of "
            + retry.maxAttempts();
        ps.setString(1, error);
        ps.setString(2, tenantId.value());
        ps.setString(3, j.key().value());
        ps.setLong(4, j.version());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  @Override
  public Optional<Lease> heartbeat(JobKey key, Lease lease, Duration extendBy) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(extendBy, "extendBy");
    ValidationException.check(!extendBy.isNegative() && !extendBy.isZero(), "extendBy", "must be positive");
    Lease extended = new Lease(lease.worker(), lease.token(), clock().plus(extendBy));
    String sql = "UPDATE crm_jobs SET lease_worker = ?, lease_expires = ?, ready_at = ?, version = version + 1" + CURRENT;
    boolean current = transactions.atomic(tenantId, "extending the lease of job " + key, c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, lease.worker());
        ps.setBigDecimal(2, nanos(extended.expiresAt()));
        ps.setBigDecimal(3, nanos(extended.expiresAt()));
        bindCurrent(ps, 4, key, lease);
        return ps.executeUpdate() == 1;
      }
    });
    return current ? Optional.of(extended) : Optional.empty();
  }

  @Override
  public boolean complete(JobKey key, Lease lease) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(lease, "lease");
    return transactions.atomic(tenantId, "completing job " + key, c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE crm_jobs SET state = 'COMPLETED', " + CLOSE_LEASE + CURRENT)) {
        bindCurrent(ps, 1, key, lease);
        return ps.executeUpdate() == 1;
      }
    });
  }

  @Override
  public FailureOutcome fail(JobKey key, Lease lease, String error) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(error, "error");
    Instant now = clock();
    return transactions.atomic(tenantId, "recording the failure of job " + key, c -> {
      int attempts;
      try (PreparedStatement ps = c.prepareStatement("SELECT attempts FROM crm_jobs" + CURRENT + " FOR UPDATE")) {
        bindCurrent(ps, 1, key, lease);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return new FailureOutcome.LeaseLost(key);
          }
          attempts = rs.getInt(1);
        }
      }
      if (attempts >= retry.maxAttempts()) {
        try (PreparedStatement ps = c.prepareStatement(DEAD)) {
          ps.setString(1, error);
          ps.setString(2, tenantId.value());
          ps.setString(3, key.value());
          ps.executeUpdate();
        }
        return new FailureOutcome.DeadLettered(key, attempts, error);
      }
      Instant retryAt = now.plus(backoff(attempts));
      String sql = "UPDATE crm_jobs SET state = 'PENDING', due_at = ?, last_error = ?, " + CLOSE_LEASE.replace("ready_at = NULL", "ready_at = ?")
          + " WHERE tenant_id = ? AND job_key = ?";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setBigDecimal(1, nanos(retryAt));
        ps.setString(2, error);
        ps.setBigDecimal(3, nanos(retryAt));
        ps.setString(4, tenantId.value());
        ps.setString(5, key.value());
        ps.executeUpdate();
      }
      return new FailureOutcome.RetryScheduled(key, attempts, retryAt);
    });
  }

  @Override
  public Optional<Job> find(JobKey key) {
    Objects.requireNonNull(key, "key");
    return transactions.sql(tenantId, "reading job " + key, c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM crm_jobs WHERE tenant_id = ? AND job_key = ?")) {
        ps.setString(1, tenantId.value());
        ps.setString(2, key.value());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(job(rs)) : Optional.<Job>empty();
        }
      }
    });
  }

  @Override
  public List<Job> deadLetters() {
    return transactions.sql(tenantId, "reading dead letters", c -> {
      List<Job> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM crm_jobs WHERE tenant_id = ? AND state = 'DEAD'")) {
        ps.setString(1, tenantId.value());
        ps.setFetchSize(transactions.config().fetchSize());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(job(rs));
          }
        }
      }
      out.sort(Comparator.comparing(Job::key)); // JobKey order (UTF-16), which neither database's text order is
      return List.copyOf(out);
    });
  }

  @Override
  public long openCount() {
    return transactions.sql(tenantId, "counting open jobs", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM crm_jobs WHERE tenant_id = ? AND ready_at IS NOT NULL")) {
        ps.setString(1, tenantId.value());
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    });
  }

  private void bindCurrent(PreparedStatement ps, int from, JobKey key, Lease lease) throws SQLException {
    ps.setString(from, tenantId.value());
    ps.setString(from + 1, key.value());
    ps.setLong(from + 2, lease.token());
  }

  private Duration backoff(int failedAttempt) {
    synchronized (random) { // the generators of java.util.random are not thread-safe
      return retry.backoff(failedAttempt, random);
    }
  }

  private Instant clock() {
    return transactions.config().clock().instant();
  }

  private Job job(ResultSet rs) throws SQLException {
    JobKey key = new JobKey(rs.getString(1));
    JobState state = JobState.valueOf(rs.getString(4));
    Optional<Lease> lease = state == JobState.CLAIMED
        ? Optional.of(new Lease(rs.getString(6), rs.getLong(7), instant(rs.getBigDecimal(8))))
        : Optional.empty();
    return new Job(tenantId, key, payload(rs.getString(2), key), instant(rs.getBigDecimal(3)), state, rs.getInt(5), lease,
        Optional.ofNullable(rs.getString(9)), rs.getLong(10));
  }

  private static Map<String, String> payload(String json, JobKey key) {
    Map<?, ?> raw = CrmJson.read(json, Map.class);
    Map<String, String> out = new LinkedHashMap<>();
    raw.forEach((k, v) -> {
      if (!(v instanceof String s)) {
        throw new IllegalStateException("the payload of job " + key + " holds a non-text value at '" + k + "': " + json);
      }
      out.put(String.valueOf(k), s);
    });
    return out;
  }

  /** An instant as epoch nanoseconds, exact over the whole range of {@link Instant}. */
  static BigDecimal nanos(Instant t) {
    return new BigDecimal(BigInteger.valueOf(t.getEpochSecond()).multiply(NANOS_PER_SECOND).add(BigInteger.valueOf(t.getNano())));
  }

  static Instant instant(@Nullable BigDecimal nanos) {
    Objects.requireNonNull(nanos, "a stored instant");
    BigInteger[] sn = nanos.toBigIntegerExact().divideAndRemainder(NANOS_PER_SECOND);
    if (sn[1].signum() < 0) {
      sn[0] = sn[0].subtract(BigInteger.ONE);
      sn[1] = sn[1].add(NANOS_PER_SECOND);
    }
    return Instant.ofEpochSecond(sn[0].longValueExact(), sn[1].longValueExact());
  }

  @Override
  public String toString() {
    return "JdbcJobStore[" + tenantId + ", " + transactions.dialect() + "]";
  }
}
