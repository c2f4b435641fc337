package io.crmkit.benchmarks.marketing;

import io.crmkit.benchmarks.jdbc.BenchDatabase;
import io.crmkit.core.TenantId;
import io.crmkit.marketing.schedule.Claim;
import io.crmkit.marketing.schedule.JobStore;
import io.crmkit.marketing.schedule.RetryPolicy;
import io.crmkit.store.jdbc.JdbcStore;
import io.crmkit.store.jdbc.JdbcStoreConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Claim + complete throughput of the JDBC job store ({@code JdbcStore#jobStore}) on PostgreSQL: workers claim
 * {@code batch} due jobs at a time ({@code FOR UPDATE SKIP LOCKED}, one transaction) and complete each (one
 * transaction each), on one thread and on two threads sharing the queue. The score {@code jobs} is completed
 * jobs per second; compare {@link JobStoreClaimBenchmark} for the in-memory store.
 *
 * <p>The schema {@code crmkit_bench_jobs} is re-created per trial; before each iteration the queue is topped
 * up to {@value #OPEN} due jobs by one {@code INSERT ... SELECT generate_series} and vacuumed, outside the
 * measurement. PostgreSQL from {@code CRMKIT_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test},
 * user {@code postgres}).
 *
 * <p>{@code java -jar crm-benchmarks/target/benchmarks.jar JdbcJobStore -f 1 -wi 2 -i 3}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class JdbcJobStoreBenchmark {
  static final String SCHEMA = "crmkit_bench_jobs";
  static final TenantId TENANT = TenantId.of("bench");
  static final Instant NOW = Instant.parse("2026-03-28T12:00:00Z");
  static final int OPEN = 100_000;

  /** The store and queue all worker threads share. */
  @State(Scope.Benchmark)
  public static class Queue {
    @Param({"1", "10", "100"})
    int batch;

    JdbcStore store;
    JobStore jobs;
    long enqueued;

    @Setup(Level.Trial)
    public void open() {
      BenchDatabase.recreate(SCHEMA);
      store = BenchDatabase.store(SCHEMA, JdbcStoreConfig.custom().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build());
      jobs = store.jobStore(TENANT, RetryPolicy.ofDefaults());
    }

    /** Tops the queue up to {@value #OPEN} due jobs, each due at its own instant before now, and vacuums. */
    @Setup(Level.Iteration)
    public void topUp() {
      long missing = OPEN - jobs.openCount();
      if (missing > 0) {
        long nowNanos = NOW.getEpochSecond() * 1_000_000_000L;
        BenchDatabase.execute("INSERT INTO " + SCHEMA + ".crm_jobs (tenant_id, job_key, payload, due_at, state, attempts, version, ready_at)"
            + " SELECT '" + TENANT.value() + "', 'step|contact:' || g || '|2026-03-28T09:00:00Z', '{\"channel\":\"email\"}'::jsonb,"
            + " " + nowNanos + " - g * 1000, 'PENDING', 0, 1, " + nowNanos + " - g * 1000"
            + " FROM generate_series(" + (enqueued + 1) + ", " + (enqueued + missing) + ") g");
        enqueued += missing;
      }
      BenchDatabase.execute("VACUUM ANALYZE " + SCHEMA + ".crm_jobs");
    }

    @TearDown(Level.Trial)
    public void close() {
      store.close();
    }
  }

  /** Completed jobs per second, per thread (JMH sums the threads). */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Done {
    public long jobs;
  }

  /** One worker: claims a batch and completes it. */
  @Benchmark
  @Threads(1)
  public int oneWorker(Queue q, Done done) {
    return claimAndComplete(q, done, "worker-" + Thread.currentThread().getId());
  }

  /** Two workers sharing the queue. */
  @Benchmark
  @Threads(2)
  public int twoWorkers(Queue q, Done done) {
    return claimAndComplete(q, done, "worker-" + Thread.currentThread().getId());
  }

  private static int claimAndComplete(Queue q, Done done, String worker) {
    List<Claim> claims = q.jobs.claimDue(worker, q.batch, Duration.ofMinutes(5));
    int n = 0;
    for (Claim c : claims) {
      if (q.jobs.complete(c.key(), c.lease())) {
        n++;
      }
    }
    done.jobs += n;
    return n;
  }
}
