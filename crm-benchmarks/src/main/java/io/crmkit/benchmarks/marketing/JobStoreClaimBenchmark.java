package io.crmkit.benchmarks.marketing;

import io.crmkit.core.TenantId;
import io.crmkit.marketing.schedule.Claim;
import io.crmkit.marketing.schedule.InMemoryJobStore;
import io.crmkit.marketing.schedule.JobKey;
import io.crmkit.marketing.schedule.NewJob;
import io.crmkit.marketing.schedule.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Claim throughput of {@link InMemoryJobStore}: 100,000 due jobs (distinct due times, seed 42) are claimed in
 * batches of {@code batch} with a 5-minute lease and completed; the score is per job (claim + complete).
 * A fresh store is filled before each invocation, outside the measurement.
 *
 * <p>{@code java -jar crm-benchmarks/target/benchmarks.jar JobStoreClaim -f 1 -wi 2 -i 5}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Thread)
public class JobStoreClaimBenchmark {
  static final int JOBS = 100_000;
  static final TenantId TENANT = TenantId.of("bench");
  static final Instant NOW = Instant.parse("2026-03-28T12:00:00Z");

  @Param({"1", "100"})
  int batch;

  InMemoryJobStore store;
  NewJob[] jobs;

  /** The jobs, made once. */
  @Setup(Level.Trial)
  public void makeJobs() {
    SplittableRandom random = new SplittableRandom(42);
    jobs = new NewJob[JOBS];
    for (int i = 0; i < JOBS; i++) {
      Instant due = NOW.minusSeconds(random.nextInt(86_400));
      jobs[i] = new NewJob(TENANT, JobKey.of("step", "contact:" + i, due), due, Map.of("channel", "email"));
    }
  }

  /** A fresh store holding every job. */
  @Setup(Level.Invocation)
  public void fill() {
    store = new InMemoryJobStore(TENANT, Clock.fixed(NOW, ZoneOffset.UTC), RetryPolicy.ofDefaults(), new SplittableRandom(1));
    for (NewJob j : jobs) {
      store.enqueue(j);
    }
  }

  /** Claims and completes every job. */
  @Benchmark
  @OperationsPerInvocation(JOBS)
  public int claimAndCompleteAll() {
    int done = 0;
    List<Claim> claims;
    while (!(claims = store.claimDue("worker", batch, Duration.ofMinutes(5))).isEmpty()) {
      for (Claim c : claims) {
        if (store.complete(c.key(), c.lease())) {
          done++;
        }
      }
    }
    return done;
  }
}
